package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.model.session.ProjectFileException;
import org.parseq.xas.pipeline.XasPipelineProvider;

/** The original's XES-scan project (issue 10): HDF5 entries, a group, a generated θ axis. */
class XesProjectTest {

    @TempDir
    Path folder;

    @Test
    void moKb13OpensWithItsGroupEntriesAndGeneratedThetaAxis() throws Exception {
        PspjReader reader = new PspjReader(List.of(new XasPipelineProvider().createPipeline(), XesScanFixture.pipeline()));
        PspjProject project = reader.read(OriginalProjects.xes(folder));
        assertEquals("XES scan (reduced)", project.originalPipeline());
        assertEquals("xes", project.pipelineId());
        assertEquals(List.of(), project.messages());

        List<TreeElement> top = project.root().getChildren();
        assertEquals(List.of("20230908s/entry1025", "elastic_all"), top.stream().map(TreeElement::getAlias).toList());
        DataGroup group = assertInstanceOf(DataGroup.class, top.get(1));
        assertEquals(List.of("elastic_19630", "elastic_19570"),
                group.getChildren().stream().map(TreeElement::getAlias).toList());

        String format = "{\"node\":\"theta_scan\",\"columns\":{\"theta\":\"linspace(-0.25, 0.25, 151)\","
                + "\"i0\":\"d[\\\"measurement/albaem-01_ch1\\\"]+d[\\\"measurement/albaem-01_ch2\\\"]\","
                + "\"xes2D\":\"instrument/eiger_xes/proj_corrected\"}}";
        Map<String, String> entries = Map.of("20230908s/entry1025", "/entry1025", "elastic_19630", "/entry1030",
                "elastic_19570", "/entry1034");
        Map<String, Integer> maxBelow = Map.of("20230908s/entry1025", 1786, "elastic_19630", 973, "elastic_19570", 1064);
        for (PspjItem read : project.items()) {
            DataItem item = read.item();
            assertNull(read.unavailable(), read.alias());
            assertEquals("theta_scan", item.getEntryNode());
            assertEquals(1, item.getColourTag());
            assertEquals(folder.resolve("data/20230908s.h5").toString(), item.getSource().getLocation());
            assertEquals(entries.get(read.alias()), item.getSource().getContainerPath());
            assertEquals(format, item.getSource().getFormat());
            Map<String, Object> parameters = read.parameters();
            assertEquals(20000, parameters.get("cutoff"));
            assertEquals(maxBelow.get(read.alias()), parameters.get("cutoffMaxBelow"));
            assertEquals(List.of(0.0014205311707694243, -0.7340381925089456, 0.04), parameters.get("bandLine"));
            assertEquals(List.of(442.819, -0.105), parameters.get("bandROI.begin"));
            assertEquals(List.of(609.658, 0.132), parameters.get("bandROI.end"));
            assertEquals(0.04, parameters.get("bandROI.width"));
            assertEquals(List.of(-0.25, 0.25), parameters.get("thetaRange"));
            // what the pipeline does not declare stays with the item, flattened as PARAMS.json names it
            assertEquals("BandROI", read.otherValues().get("bandROI.kind"));
            assertEquals(List.of("elastic_19630", "elastic_19570"), read.otherValues().get("calibrationData.base"));
            assertEquals(List.of(19630.0, 19570.0), read.otherValues().get("calibrationData.energy"));
        }
        assertEquals(List.of(-289.1946365303328, 19603.143760161973),
                project.item("20230908s/entry1025").orElseThrow().parameters().get("calibrationPoly"));
        assertEquals(List.of(-290.8798348398139, 19602.987263172545),
                project.item("elastic_19630").orElseThrow().parameters().get("calibrationPoly"));
        // colours as saved: the first of the root's cycle, the group's own cycle
        assertEquals(List.of("#1f77b4", "#1f77b4", "#ff7f0e"), project.items().stream()
                .map(i -> ItemColours.colourOf(i.item())).toList());
    }

    @Test
    void withoutAnXesPipelineTheProjectIsRefusedNamingIt() throws Exception {
        PspjReader reader = new PspjReader(List.of(new XasPipelineProvider().createPipeline()));
        Path project = OriginalProjects.xes(folder);
        ProjectFileException refused = assertThrows(ProjectFileException.class, () -> reader.read(project));
        assertTrue(refused.getMessage().startsWith(project.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("[ParSeq Application], key pipelineName"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'XES scan (reduced)', which is not installed; installed: [xas (XAS)]"),
                refused.getMessage());
    }
}
