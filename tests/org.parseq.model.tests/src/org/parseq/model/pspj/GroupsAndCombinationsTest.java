package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.ItemColours;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * What the example projects do not show, in a project written as the original writes one over
 * the Cu reference spectra: nested groups with gradient and individual colours, a loop2 root, an
 * own colour, a stop node, corrections, a transform list and an average of two items.
 */
class GroupsAndCombinationsTest {

    private static final String FORMAT = "dataFormat = {\"dataSource\": [0, %d], \"skiprows\": 1}\n";

    @TempDir
    Path folder;

    private final PipelineDefinition xas = new XasPipelineProvider().createPipeline();

    @Test
    void groupsColoursStopNodesCorrectionsAndAnAverage() throws Exception {
        PspjProject project = new PspjReader(List.of(xas)).read(project());
        assertEquals(List.of("[cu2o], key transformNames: the item runs only the transforms [make chi] in the "
                + "original; here every transform on its path runs", "[mix1], key terminalNodeName: the item's data "
                + "entering at 'µd' never reach node 'currents_tr'; they go on to the end", "[badsum], key madeOf: the "
                + "combination needs at least two items of the tree whose data reach its node; not so: [cu-foil, mix1]; "
                + "it is left out"), project.problems().stream()
                        .map(PspjProblem::toString).toList());
        assertNull(project.item("mix1").orElseThrow().item().getStopNode());

        List<TreeElement> top = project.root().getChildren();
        assertFalse(project.item("badsum").orElseThrow().inTree());
        PspjItem pca = project.item("pca").orElseThrow();
        assertFalse(pca.inTree());
        assertTrue(pca.unavailable().startsWith("a combination of kind 4 (PCA"), pca.unavailable());
        assertEquals(List.of("refs", "mixes", "cuo"), top.stream().map(TreeElement::getAlias).toList());
        assertEquals(ColourPolicy.CYCLE, project.root().getColourPolicy());
        DataGroup refs = assertInstanceOf(DataGroup.class, top.get(0));
        assertEquals(ColourPolicy.GRADIENT, refs.getColourPolicy());
        assertEquals("#0000ff", refs.getColour());
        assertEquals("#ff0000", refs.getGradientEndColour());
        DataGroup mixes = assertInstanceOf(DataGroup.class, top.get(1));
        assertEquals(ColourPolicy.INDIVIDUAL, mixes.getColourPolicy());
        assertEquals(List.of("mix1", "avg"), mixes.getChildren().stream().map(TreeElement::getAlias).toList());

        DataItem foil = project.item("cu-foil").orElseThrow().item();
        assertEquals("#123456", foil.getColour(), "an individual colour is the item's own");
        DataItem cu2o = project.item("cu2o").orElseThrow().item();
        assertNull(cu2o.getColour(), "the gradient's end is the saved colour");
        assertEquals("#ff0000", ItemColours.colourOf(cu2o));
        assertEquals("#00ff00", ItemColours.colourOf(project.item("mix1").orElseThrow().item()));
        DataItem cuo = project.item("cuo").orElseThrow().item();
        assertEquals("#0000ff", cuo.getColour(), "loop2's first colour, which our cycle lacks, is kept as own colour");
        assertEquals(5, cuo.getColourTag());

        assertEquals("chi", foil.getStopNode());
        List<PspjCorrection> corrections = project.item("cu-foil").orElseThrow().corrections();
        assertEquals(2, corrections.size());
        assertEquals("µd", corrections.get(0).originalNode());
        assertEquals("mu", corrections.get(0).nodeId());
        assertEquals("delete", corrections.get(0).kind());
        assertEquals(List.of(9000L, 9010.5), corrections.get(0).settings().get("lim"));
        assertEquals("scale", corrections.get(1).kind());
        assertEquals(Boolean.FALSE, corrections.get(1).settings().get("use"));

        PspjItem avg = project.item("avg").orElseThrow();
        assertNull(avg.unavailable());
        assertNull(avg.item().getSource());
        assertEquals("average", avg.item().getCombination().getKind());
        assertEquals("mu", avg.item().getCombination().getNode());
        assertEquals(List.of(foil, cu2o), avg.item().getCombination().getParents());

        try (Session session = new Session(xas, new FileSourceResolver(xas), 1)) {
            project.moveTreeInto(session);
            session.run();
            double[] ea = session.array(session.item("cu-foil"), "µd", "e");
            double[] a = session.array(session.item("cu-foil"), "µd", "mu");
            double[] eb = session.array(session.item("cu2o"), "µd", "e");
            double[] b = session.array(session.item("cu2o"), "µd", "mu");
            double[] average = session.array(session.item("avg"), "µd", "mu");
            // the used correction of cu-foil deletes its points in (9000, 9010.5); the unused one does nothing
            int deleted = (int) java.util.Arrays.stream(eb).filter(e -> 9000 < e && e < 9010.5).count();
            assertTrue(deleted > 0);
            assertEquals(eb.length - deleted, ea.length);
            assertTrue(java.util.Arrays.stream(ea).noneMatch(e -> 9000 < e && e < 9010.5));
            // both parents read the same energy column and are not rebinned: the average is taken point by
            // point on the first parent's energies
            assertEquals(a.length, average.length);
            for (int i = 0, j = 0; i < a.length; i++, j++) {
                while (eb[j] != ea[i]) {
                    j++;
                }
                // interpolated onto the first parent's energies, equal ones give b to the last bit or so
                assertEquals((a[i] + b[j]) / 2, average[i], 1e-12 * (Math.abs(a[i]) + Math.abs(b[j])));
            }
            assertFalse(session.result(session.item("cu-foil"), "FT, χ(r)").isGood(), "cu-foil stops at χ(k)");
            assertTrue(session.result(session.item("cu2o"), "FT, χ(r)").isGood());
        }
    }

    private Path project() throws Exception {
        Path saved = Files.createDirectories(folder.resolve("saved"));
        Files.createSymbolicLink(folder.resolve("data"),
                OriginalProjects.shared().resolve("data/parseq-xas").toAbsolutePath());
        String text = """
                [ParSeq Application]
                pipelineName = XAS
                appVersion = 2024.11.0

                [Root]
                tree = ['refs', ['cu-foil', 'cu2o'], 'mixes', ['mix1', 'avg'], 'cuo', 'badsum', 'pca']
                groups = 2
                items = 5
                colorPolicy = loop2
                colorAutoUpdate = False

                [refs]
                colorPolicy = gradient
                color1 = #0000FF
                color2 = #ff0000
                colorTag = 0
                colorAutoUpdate = True

                [cu-foil]
                madeOf = c:/ParSeq/parseq_XAS/data/cu-ref-mix.res
                madeOf_relative = ../data/cu-ref-mix.res
                """ + FORMAT.formatted(1) + """
                originNodeName = µd
                terminalNodeName = χ(k)
                transformNames = each
                colorTag = 2
                color = #123456
                colorIndividual = True
                ;transform params:
                rebinNeeded = False
                correction_µd = [{'kind': 'delete', 'label': 'glitch', 'use': True, 'lim': [9000, 9010.5]}, {'kind': 'scale', 'use': False, 'lim': [9100, 9200], 'scale': 1.1}]

                [cu2o]
                madeOf = c:/ParSeq/parseq_XAS/data/cu-ref-mix.res
                madeOf_relative = ../data/cu-ref-mix.res
                """ + FORMAT.formatted(11) + """
                originNodeName = µd
                terminalNodeName = None
                transformNames = ['make chi']
                colorTag = 2
                color = #ff0000
                ;transform params:
                rebinNeeded = False

                [mixes]
                colorPolicy = individual
                color = #00ff00
                colorTag = 0
                colorAutoUpdate = False

                [mix1]
                madeOf = c:/ParSeq/parseq_XAS/data/cu-ref-mix.res
                madeOf_relative = ../data/cu-ref-mix.res
                """ + FORMAT.formatted(18) + """
                originNodeName = µd
                terminalNodeName = currents Tr
                colorTag = 2
                color = #00ff00

                [avg]
                madeOf = ['cu-foil', 'cu2o']
                dataFormat = {"combine": 1, "combineInterpolate": False}  # 1='average'
                originNodeName = µd
                terminalNodeName = None
                colorTag = 5
                color = #00ff00
                ;transform params:
                rebinNeeded = False

                [cuo]
                madeOf = c:/ParSeq/parseq_XAS/data/cu-ref-mix.res
                madeOf_relative = ../data/cu-ref-mix.res
                """ + FORMAT.formatted(12) + """
                originNodeName = µd
                colorTag = 5
                color = #0000ff

                [badsum]
                madeOf = ['cu-foil', 'mix1']
                dataFormat = {"combine": 2, "combineInterpolate": False}  # 2='sum'
                originNodeName = currents Tr

                [pca]
                madeOf = ['cu-foil', 'cu2o', 'mix1']
                dataFormat = {"combine": 4, "combineInterpolate": True, "NPCA": 2}  # 4='PCA'
                originNodeName = µd

                [Docks]
                active = µd
                """;
        return Files.writeString(saved.resolve("crafted.pspj"), text, StandardCharsets.UTF_8);
    }
}
