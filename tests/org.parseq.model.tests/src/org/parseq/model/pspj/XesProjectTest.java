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
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.model.session.ProjectFileException;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;
import org.parseq.xes.pipeline.XesPipelineProvider;

/**
 * The original's XES-scan project (issue 10) on the stand-in master: HDF5 entries, a group, a
 * generated θ axis; opened, it finds the cut-off maxima and the band line the original saved.
 */
class XesProjectTest {

    @TempDir
    Path folder;

    private final PipelineDefinition xes = new XesPipelineProvider().createPipeline();

    @Test
    void moKb13OpensWithItsGroupEntriesAndGeneratedThetaAxis() throws Exception {
        PspjReader reader = new PspjReader(List.of(new XasPipelineProvider().createPipeline(), xes));
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
        for (PspjItem read : project.items()) {
            DataItem item = read.item();
            assertNull(read.unavailable(), read.alias());
            assertEquals("theta_scan", item.getEntryNode());
            assertEquals(1, item.getColourTag());
            assertEquals(folder.resolve("data/20230908s.h5").toString(), item.getSource().getLocation());
            assertEquals(entries.get(read.alias()), item.getSource().getContainerPath());
            assertEquals(format, item.getSource().getFormat());
            Map<String, Object> parameters = read.parameters();
            assertEquals(20000.0, parameters.get("cutoff"));
            assertEquals(List.of(442.819, -0.105), parameters.get("bandROI.begin"));
            assertEquals(List.of(609.658, 0.132), parameters.get("bandROI.end"));
            assertEquals(0.04, parameters.get("bandROI.width"));
            assertEquals(Boolean.TRUE, parameters.get("bandUse"));
            assertEquals(List.of(-0.25, 0.25), parameters.get("thetaRange"));
            assertEquals(7, parameters.get("calibrationHalfPeakWidthSteps"));
            // a list for a text parameter: its elements separated by "; "
            assertEquals("elastic_19630; elastic_19570", parameters.get("calibrationData.base"));
            assertEquals("Si111; Si111", parameters.get("calibrationData.DCM"));
            assertEquals(":; :", parameters.get("calibrationData.slice"));
            assertEquals(List.of(19630.0, 19570.0), parameters.get("calibrationData.energy"));
            // the original's outputs stay beside the parameters
            assertEquals("BandROI", read.otherValues().get("bandROI.kind"));
            assertEquals(List.of(0.0014205311707694243, -0.7340381925089456, 0.04), read.otherValues().get("bandLine"));
            assertEquals(List.of(3.6959430890383373, 3.684988136312313), read.otherValues().get("calibrationData.FWHM"));

            Map<String, double[]> loaded = LoadedArrays.load(xes, item);
            double[] theta = loaded.get("theta");
            assertEquals(151, theta.length);
            assertEquals(-0.25, theta[0]);
            assertEquals(0.25, theta[150]);
            assertEquals(0.5 / 150, theta[1] - theta[0], 1e-15);
            assertTrue(java.util.Arrays.stream(loaded.get("i0")).allMatch(i0 -> i0 == 1.0), "stand-in I0 = 0.5 + 0.5");
        }
        assertEquals(List.of(-289.1946365303328, 19603.143760161973),
                project.item("20230908s/entry1025").orElseThrow().parameters().get("calibrationPoly"));
        assertEquals(List.of(-290.8798348398139, 19602.987263172545),
                project.item("elastic_19630").orElseThrow().parameters().get("calibrationPoly"));
        // colours as saved: the first of the root's cycle, the group's own cycle
        assertEquals(List.of("#1f77b4", "#1f77b4", "#ff7f0e"), project.items().stream()
                .map(i -> ItemColours.colourOf(i.item())).toList());
    }

    /** Issue 10: band line and cutoffMaxBelow exact, for every item of the project. */
    @Test
    void moKb13FindsTheCutOffMaximaAndBandLineTheOriginalSaved() throws Exception {
        PspjProject project = new PspjReader(List.of(xes)).read(OriginalProjects.xes(folder));
        try (Session session = new Session(xes, new FileSourceResolver(xes), 2)) {
            project.moveTreeInto(session);
            session.run();
            for (PspjItem read : project.items()) {
                NodeResult scan = session.result(session.item(read.alias()), "2D theta scan");
                assertTrue(scan.isGood(), read.alias() + ": " + scan.status() + " " + scan.message());
                assertEquals(((Long) read.otherValues().get("cutoffMaxBelow")).doubleValue(),
                        scan.scalar("cutoffMaxBelow").orElseThrow(), read.alias());
                List<?> line = (List<?>) read.otherValues().get("bandLine");
                assertEquals(line.get(0), scan.scalar("bandLine.slope").orElseThrow(), read.alias());
                assertEquals(line.get(1), scan.scalar("bandLine.offset").orElseThrow(), read.alias());
                assertEquals(line.get(2), scan.scalar("bandLine.width").orElseThrow(), read.alias());
            }
        }
    }

    @Test
    void itsPipelineIsKnownBeforeOpeningAndAnotherPipelinesWindowRefusesIt() throws Exception {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        PspjReader reader = new PspjReader(List.of(xas, xes));
        Path file = OriginalProjects.xes(folder);
        assertEquals("xes", reader.pipelineOf(file));
        PspjProject project = reader.read(file);
        try (Session xasWindow = new Session(xas, new FileSourceResolver(xas), 1)) {
            xasWindow.load("kept", "µd", folder.resolve("data/20230908s.h5").toString(), null, null);
            ProjectFileException refused = assertThrows(ProjectFileException.class, () -> project.moveTreeInto(xasWindow));
            assertTrue(refused.getMessage().contains("a project of pipeline 'XES scan (reduced)' (ours: 'xes'); this "
                    + "window runs pipeline 'xas'"), refused.getMessage());
            assertEquals(List.of("kept"), xasWindow.items().stream().map(DataItem::getAlias).toList());
        }
        assertEquals(2, project.root().getChildren().size(), "a refused move leaves the project as it was");
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
