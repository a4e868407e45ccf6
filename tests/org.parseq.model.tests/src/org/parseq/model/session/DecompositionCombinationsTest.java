package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.combine.ConcentrationBound;
import org.parseq.core.combine.DataMatrix;
import org.parseq.core.combine.InitialSpectrum;
import org.parseq.core.combine.McrErrorBands;
import org.parseq.core.combine.McrResult;
import org.parseq.core.combine.PrincipalComponents;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.RunReport;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.demo.SyntheticPeak;
import org.parseq.model.CombineSettings;
import org.parseq.model.DataCommands;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;

/**
 * PCA and MCR-ALS items in a session of the demo pipeline (synthetic peaks, combined at the
 * normalised node): they are the mathematics of their parents' arrays, follow a parent's
 * parameter and nothing else, come back bit for bit on undo, survive saving and reopening,
 * and bad input makes bad items with a reason instead of stopping the run.
 */
class DecompositionCombinationsTest {

    @TempDir
    Path folder;

    private Session session;
    private List<DataItem> peaks;
    private DataItem bystander;

    @BeforeEach
    void loadFivePeaksAndABystander() {
        session = new Session(new DemoPipelineProvider().createPipeline(), SyntheticPeak.RESOLVER, 2);
        peaks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            peaks.add(session.load("peak" + i, "raw", new SyntheticPeak(i, 201, 1.5 * (i - 2), 1.2).location(), null,
                    null));
        }
        bystander = session.load("bystander", "raw", new SyntheticPeak(9, 201, 0.5, 2).location(), null, null);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<DataItem> items(TreeElement groupOrItem) {
        return groupOrItem instanceof DataGroup group
                ? group.getChildren().stream().map(DataItem.class::cast).toList() : List.of((DataItem) groupOrItem);
    }

    private DataMatrix parentsMatrix() {
        List<double[]> columns = peaks.stream().map(p -> session.array(p, "normalised", "y")).toList();
        return DataMatrix.of("y", peaks.stream().map(DataItem::getAlias).toList(), columns);
    }

    @Test
    void pcaItemsFollowAParentsParameterAndUndoRestoresThemBitForBit() {
        List<TreeElement> groups = session.combine("pca-cumulative", "normalised", peaks,
                CombineSettings.pca(2, "y"));
        RunReport first = session.run();
        assertTrue(first.failures().isEmpty(), first.failures().toString());
        PrincipalComponents expected = PrincipalComponents.of(parentsMatrix());
        List<double[]> columns = peaks.stream().map(p -> session.array(p, "normalised", "y")).toList();
        for (int j = 1; j <= 2; j++) {
            for (int i = 0; i < peaks.size(); i++) {
                DataItem item = items(groups.get(i)).get(j - 1);
                assertEquals(peaks.get(i).getAlias() + "-PCA2_" + j, item.getAlias());
                assertTrue(ReferenceTables.relativeMax(session.array(item, "normalised", "y"),
                        rebuilt(columns, expected, i, j)) < 1e-12, item.getAlias());
                assertEquals(NodeStatus.GOOD, session.result(item, "smoothed").status(), "it flows downstream");
            }
        }
        List<DataItem> pcaItems = groups.stream().flatMap(g -> items(g).stream()).toList();
        DataItem watched = pcaItems.get(7);
        double[] before = session.array(watched, "smoothed", "smooth");

        session.setParameter(List.of(bystander), "scale", 3.0);
        RunReport unrelated = session.run();
        assertTrue(pcaItems.stream().noneMatch(i -> unrelated.computedAny(i.getId())), "no PCA item recomputes");

        session.setParameter(List.of(peaks.get(1)), "scale", 2.0);
        RunReport related = session.run();
        for (DataItem item : pcaItems) {
            assertTrue(related.computed(item.getId(), "normalised") && related.computed(item.getId(), "smoothed"),
                    item.getAlias() + " and its downstream nodes follow the parent");
        }
        assertFalse(Arrays.equals(before, session.array(watched, "smoothed", "smooth")));

        session.undo();
        RunReport undone = session.run();
        assertTrue(pcaItems.stream().noneMatch(i -> undone.computedAny(i.getId())), "undo computes nothing of PCA");
        assertArrayEquals(before, session.array(watched, "smoothed", "smooth"), "bit for bit");
        assertSame(before, session.array(watched, "smoothed", "smooth"), "the very same result comes back");
    }

    /** Column i of {@code D·Σ_{q≤j} e_q e_qᵀ}, summed here from D's columns and the eigenvectors. */
    private static double[] rebuilt(List<double[]> columns, PrincipalComponents pca, int i, int j) {
        double[] item = new double[columns.get(0).length];
        for (int q = 1; q <= j; q++) {
            double[] e = pca.eigenvector(q);
            for (int point = 0; point < item.length; point++) {
                double score = 0;
                for (int c = 0; c < columns.size(); c++) {
                    score += columns.get(c)[point] * e[c];
                }
                item[point] += score * e[i];
            }
        }
        return item;
    }

    @Test
    void mcrItemsAreTheDecompositionsCombinedSpectraAndItsBandsRepeatWithTheSeed() {
        List<CombineSettings.Component> components = List.of(CombineSettings.Component.auto(),
                CombineSettings.Component.auto().bounded(ConcentrationBound.AT_MOST, 0.6));
        List<TreeElement> added = session.combine("mcr", "normalised", peaks,
                CombineSettings.mcr(null, components).withSeed(3).withMaxIterations(300));
        RunReport report = session.run();
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        DataGroup group = assertInstanceOf(DataGroup.class, added.get(0));
        assertEquals("MCR-ALS-peak-N2", group.getAlias());
        DataItem s1 = items(group).get(0);
        DataItem s2 = items(group).get(1);
        assertEquals(List.of("peak-MCR-ALS-S1", "peak-MCR-ALS-S2"), List.of(s1.getAlias(), s2.getAlias()));
        assertEquals("y", s1.getCombination().getArray(), "the node's first curve when none is named");

        McrResult result = session.mcrResult(s1);
        assertSame(result, session.mcrResult(s2), "one decomposition for both items");
        assertTrue(result.iterations() <= 300);
        for (int k = 1; k <= 2; k++) {
            DataItem item = items(group).get(k - 1);
            assertTrue(ReferenceTables.relativeMax(session.array(item, "normalised", "y"),
                    result.combinedItem(parentsMatrix(), k)) < 1e-12);
        }
        for (int i = 0; i < peaks.size(); i++) {
            assertEquals(1, result.concentrations(1)[i] + result.concentrations(2)[i], 1e-12, "C's rows are fractions");
        }
        McrErrorBands bands = session.mcrErrorBands(s1);
        assertTrue(Arrays.deepEquals(bands.concentrationsUpper(), session.mcrErrorBands(s2).concentrationsUpper()),
                "the same seed gives the same bands");
        assertEquals(peaks.size(), bands.concentrationsLower().length);
        assertThrows(IllegalArgumentException.class, () -> session.principalComponents(s1), "not a PCA item");
    }

    @Test
    void parentsOnDifferentGridsAreDecomposedOncePerCombination() {
        DataItem coarse = session.load("coarse", "raw", new SyntheticPeak(7, 151, 0.3, 1.2).location(), null, null);
        List<DataItem> parents = List.of(peaks.get(0), coarse, peaks.get(2));
        List<TreeElement> pca = session.combine("pca", "normalised", parents, CombineSettings.pca(2, "y"));
        List<TreeElement> mcr = session.combine("mcr", "normalised", parents, CombineSettings.mcr("y",
                List.of(CombineSettings.Component.auto(), CombineSettings.Component.auto())).withMaxIterations(50));
        RunReport report = session.run();
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        DataItem coarsePca = items(pca.get(1)).get(0);
        assertEquals(201, session.array(coarsePca, "normalised", "y").length, "on the first parent's grid");
        assertSame(session.principalComponents(items(pca.get(0)).get(0)),
                session.principalComponents(items(pca.get(2)).get(1)),
                "the parents are interpolated for every item, and still decomposed once");
        assertSame(session.mcrResult(items(mcr.get(0)).get(0)), session.mcrResult(items(mcr.get(0)).get(1)));
    }

    @Test
    void aProjectWithPcaAndMcrOpensWithTheSameSettingsAndResults() throws Exception {
        session.combine("pca", "normalised", peaks, CombineSettings.pca(2, "y").withRange(-3.0, 3.0));
        List<CombineSettings.Component> components = List.of(
                CombineSettings.Component.auto().startingFrom(InitialSpectrum.START),
                CombineSettings.Component.auto().startingFrom(bystander).withZeroMinimumC(true));
        session.combine("mcr", "normalised", peaks, CombineSettings.mcr("y", components).withSeed(11)
                .withMaxIterations(200));
        session.combine("tt", "normalised", List.of(bystander), CombineSettings.tt(peaks.subList(0, 3)));
        RunReport report = session.run();
        assertTrue(report.failures().isEmpty(), report.failures().toString());

        Path project = folder.resolve("decompositions.parseq.json");
        ProjectFile.save(session, project);
        PipelineRegistry pipelines = new PipelineRegistry();
        pipelines.register(session.pipeline(), "test");
        try (Session opened = ProjectFile.open(project, pipelines, SyntheticPeak.RESOLVER, 1)) {
            assertTrue(EcoreUtil.equals(session.root(), opened.root()), "the same tree and settings");
            RunReport reopened = opened.run();
            assertTrue(reopened.failures().isEmpty(), reopened.failures().toString());
            for (DataItem item : session.items()) {
                DataItem again = opened.item(item.getAlias());
                for (String node : List.of("normalised", "smoothed")) {
                    NodeResult saved = session.result(item, node);
                    NodeResult read = opened.result(again, node);
                    for (String array : saved.arrays().keySet()) {
                        assertArrayEquals(saved.arrays().get(array), read.arrays().get(array),
                                item.getAlias() + " " + node + "/" + array);
                    }
                }
            }
            DataItem mcrItem = opened.item("peak-MCR-ALS-S2");
            assertEquals(session.mcrResult(session.item("peak-MCR-ALS-S2")).iterations(),
                    opened.mcrResult(mcrItem).iterations());
            assertEquals(opened.item("bystander"), mcrItem.getCombination().getMcrComponents().get(1).getReference());
            assertEquals(11, mcrItem.getCombination().getSeed());
        }
    }

    @Test
    void badInputMakesBadItemsWithAReasonAndTheRunGoesOn() {
        List<TreeElement> tooMany = session.combine("pca", "normalised", peaks.subList(0, 2),
                CombineSettings.pca(3, "y"));
        List<TreeElement> pca = session.combine("pca", "normalised", peaks.subList(2, 5), CombineSettings.pca(1, "y"));
        List<TreeElement> narrow = session.combine("pca", "normalised", peaks.subList(2, 5),
                CombineSettings.pca(1, "y").withRange(100.0, 200.0));
        session.run();
        DataItem third = items(tooMany.get(0)).get(2);
        assertBad(third, "3 components needs at least as many items, not 2");
        assertBad(items(narrow.get(0)).get(0), "holds no point");

        session.execute(DataCommands.remove(session.domain(), List.of(peaks.get(3))));
        session.run();
        DataItem orphan = items(pca.get(0)).get(0);
        assertTrue(DataTree.contains(session.root(), orphan));
        assertBad(orphan, "peak3 is no longer in the data tree");

        session.execute(DataCommands.setStopNode(session.domain(), List.of(peaks.get(0)), "raw"));
        RunReport stopped = session.run();
        assertBad(third, "the data of peak0 do not reach node 'normalised'");
        assertFalse(stopped.failures().isEmpty());

        session.undo();
        session.undo();
        session.run();
        assertEquals(NodeStatus.GOOD, session.result(orphan, "normalised").status(), "undo brings it back");
        assertThrows(IllegalArgumentException.class, () -> session.combine("pca", "normalised", peaks.subList(0, 1),
                CombineSettings.pca(1, "y")));
        assertThrows(IllegalArgumentException.class, () -> session.combine("tt", "normalised", peaks.subList(0, 1),
                CombineSettings.tt(peaks.subList(0, 2))));
    }

    private void assertBad(DataItem item, String reason) {
        NodeResult result = session.result(item, "normalised");
        assertNotEquals(NodeStatus.GOOD, result.status(), item.getAlias());
        assertTrue(result.message().contains(reason), result.message());
    }
}
