package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.ParameterValue;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;

/** An original project, once open, is saved in our format and opens from it with the same tree. */
class SaveAsOursTest {

    @TempDir
    Path folder;

    @Test
    void cuProjectSavedAsOursOpensTheSame() throws Exception {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        PspjProject project = new PspjReader(List.of(xas)).read(OriginalProjects.xas(folder, "Cu"));
        Path ours = folder.resolve("saved/Cu.parseq.json");
        try (Session session = new Session(xas, new FileSourceResolver(xas), 1)) {
            project.moveTreeInto(session);
            ProjectFile.save(session, ours);
        }
        PipelineRegistry registry = new PipelineRegistry();
        registry.register(xas, "test");
        try (Session reopened = ProjectFile.open(ours, registry, new FileSourceResolver(xas), 1)) {
            List<DataItem> items = reopened.items();
            assertEquals(List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2"), items.stream().map(DataItem::getAlias).toList());
            for (DataItem item : items) {
                PspjItem read = project.item(item.getAlias()).orElseThrow();
                assertEquals(read.format(), item.getSource().getFormat());
                assertEquals(read.location(), item.getSource().getLocation());
                assertEquals(read.parameters(), item.getParameters().stream()
                        .collect(Collectors.toMap(ParameterValue::getName, ParameterValue::getValue)));
            }
            assertEquals(List.of(Double.POSITIVE_INFINITY), List.of(((List<?>) parameters(items.get(0))
                    .get("rebinRegions.splitters")).get(3)));
            assertEquals(4, DataTree.items(reopened.root()).size());
        }
    }

    private static Map<String, Object> parameters(DataItem item) {
        return item.getParameters().stream().collect(Collectors.toMap(ParameterValue::getName, ParameterValue::getValue));
    }
}
