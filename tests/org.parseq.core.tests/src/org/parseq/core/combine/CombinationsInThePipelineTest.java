package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.CombinationSpec;
import org.parseq.core.engine.Combiner;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * PCA, MCR-ALS and target transformation items in the engine: each is an ordinary item that
 * flows downstream, equals the mathematics applied to its parents' arrays, is recomputed
 * when a parent changes and only then, and comes back unchanged on undo.
 */
class CombinationsInThePipelineTest {

    /** µ → scaled (µ and flat times a factor) → shifted (plus an offset). */
    private static final PipelineDefinition PIPELINE = new PipelineDefinition("combos", "combos",
            List.of(node("mu"), node("scaled"), node("shifted")),
            List.of(TransformDefinition.perItem("scale", "scale", "mu", "scaled",
                    List.of(ParameterDescriptor.real("factor", 1.0, "", "multiplies the spectra")),
                    List.of("x", "mu", "flat"), List.of("x", "mu", "flat"),
                    item -> apply(item, v -> v * item.real("factor"))),
                    TransformDefinition.perItem("shift", "shift", "scaled", "shifted",
                            List.of(ParameterDescriptor.real("offset", 0.5, "", "added to the spectra")),
                            List.of("x", "mu", "flat"), List.of("x", "mu", "flat"),
                            item -> apply(item, v -> v + item.real("offset")))));

    private static NodeDefinition node(String id) {
        return new NodeDefinition(id, id, List.of(ArrayDefinition.of("x", ArrayRole.X),
                ArrayDefinition.of("mu", ArrayRole.Y), ArrayDefinition.of("flat", ArrayRole.Y)));
    }

    private static void apply(TransformContext item, java.util.function.DoubleUnaryOperator operation) {
        item.output("x", item.input("x"));
        for (String name : List.of("mu", "flat")) {
            double[] values = item.input(name).clone();
            for (int i = 0; i < values.length; i++) {
                values[i] = operation.applyAsDouble(values[i]);
            }
            item.output(name, values);
        }
    }

    /** A column of a table as µ, and as flat the same spectrum divided by its last value. */
    private record Column(String file, String name, double[] x, double[] mu) implements ItemSource {
        @Override
        public Object identity() {
            return List.of(file, name);
        }

        @Override
        public Map<String, double[]> load() {
            double[] flat = mu.clone();
            for (int i = 0; i < flat.length; i++) {
                flat[i] /= mu[mu.length - 1];
            }
            return Map.of("x", x.clone(), "mu", mu.clone(), "flat", flat);
        }
    }

    private static List<ItemSpec> loaded(String file, List<String> names) {
        Tables table = Tables.read(Tables.data(file));
        List<ItemSpec> items = new ArrayList<>();
        for (String name : names) {
            items.add(ItemSpec.loaded(name, name, "mu", new Column(file, name, table.x(), table.column(name)),
                    Map.of()));
        }
        return items;
    }

    private static ItemSpec combined(String id, Combiner combiner, String node, List<String> parents) {
        return new ItemSpec(id, id, node, null, null, new CombinationSpec(combiner, node, parents), Map.of());
    }

    private static RunReport run(ResultStore store, List<ItemSpec> items) {
        try (PipelineRunner runner = new PipelineRunner(PIPELINE, store, 2)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    private static final List<String> CU = List.of("cu-foil_ave1", "cu2o_ave2", "cuo_ave2", "cucl_ave3", "cu2s",
            "mix1", "mix2");

    @Test
    void pcaItemsAreTheProjectionsOfTheirParentsAndFollowThem() {
        List<ItemSpec> parents = loaded("parseq-xas/cu-ref-mix.res", CU);
        ItemSpec bystander = loaded("parseq-xas/cu-ref-mix.res", List.of("cus_ave2")).get(0);
        PcaCombination pca = new PcaCombination(PcaCombination.Kind.CUMULATIVE, 3, "flat", new XRange(8970, 9100));
        List<ItemSpec> items = new ArrayList<>(parents);
        items.add(bystander);
        for (int i = 0; i < CU.size(); i++) {
            for (int j = 1; j <= 3; j++) {
                items.add(combined(CU.get(i) + "-PCA3_" + j, pca.item(i, j), "scaled", CU));
            }
        }
        ResultStore store = new ResultStore();
        RunReport first = run(store, items);
        assertTrue(first.failures().isEmpty(), first.failures().toString());

        List<double[]> flat = new ArrayList<>();
        List<double[]> mu = new ArrayList<>();
        for (String parent : CU) {
            flat.add(store.result(parent, "scaled").orElseThrow().arrays().get("flat"));
            mu.add(store.result(parent, "scaled").orElseThrow().arrays().get("mu"));
        }
        double[] x = store.result(CU.get(0), "scaled").orElseThrow().arrays().get("x");
        DataMatrix flatMatrix = DataMatrix.of("flat", CU, flat);
        PrincipalComponents expected = PrincipalComponents.of(flatMatrix.rows(x, new XRange(8970, 9100)));
        RealMatrix expectedMu = expected.cumulative(DataMatrix.of("mu", CU, mu), 2);
        List<NodeResult> parentResults = CU.stream().map(p -> store.result(p, "scaled").orElseThrow()).toList();
        PrincipalComponents preview = pca.decomposition(AlignedArrays.of(PIPELINE.requireNode("scaled"),
                parentResults, CU));
        assertArrayEquals(expected.eigenvalues(), preview.eigenvalues(), "the panel's scree plot");
        for (int i = 0; i < CU.size(); i++) {
            NodeResult item = store.result(CU.get(i) + "-PCA3_2", "scaled").orElseThrow();
            assertTrue(Tables.relativeMax(item.arrays().get("mu"), expectedMu.getColumn(i)) < 1e-12);
            assertArrayEquals(x, item.arrays().get("x"));
            assertEquals(NodeStatus.GOOD, store.result(CU.get(i) + "-PCA3_2", "shifted").orElseThrow().status(),
                    "it flows downstream");
        }
        double[] before = store.result("mix1-PCA3_3", "shifted").orElseThrow().arrays().get("flat");

        List<ItemSpec> bystanderChanged = new ArrayList<>(items);
        bystanderChanged.set(CU.size(), bystander.withParameters(Map.of("factor", 3.0)));
        RunReport unrelated = run(store, bystanderChanged);
        assertTrue(unrelated.computed().stream().noneMatch(s -> s.itemId().contains("PCA")), "nothing of PCA");

        List<ItemSpec> parentChanged = new ArrayList<>(items);
        parentChanged.set(1, parents.get(1).withParameters(Map.of("factor", 1.5)));
        RunReport related = run(store, parentChanged);
        for (int i = 0; i < CU.size(); i++) {
            for (int j = 1; j <= 3; j++) {
                assertTrue(related.computed(CU.get(i) + "-PCA3_" + j, "shifted"), "every PCA item follows");
            }
        }
        assertTrue(Tables.relativeMax(store.result("mix1-PCA3_3", "shifted").orElseThrow().arrays().get("flat"),
                before) > 1e-6);

        RunReport undone = run(store, items);
        assertTrue(undone.computed().stream().noneMatch(s -> s.itemId().contains("PCA")), "undo computes nothing");
        assertSame(before, store.result("mix1-PCA3_3", "shifted").orElseThrow().arrays().get("flat"),
                "undo restores the very same result");
    }

    @Test
    void mcrItemsAreTheCombinedSpectraOfTheDecomposition() {
        Tables table = Tables.read(Tables.data("parseq-tests/MCR-ALS/MES-Ni.txt.gz"));
        List<String> names = table.names().subList(1, table.names().size());
        List<ItemSpec> items = new ArrayList<>(loaded("parseq-tests/MCR-ALS/MES-Ni.txt.gz", names));
        List<McrComponent> components = List.of(McrComponent.auto(),
                McrComponent.auto().bounded(ConcentrationBound.AT_MOST, 0.1));
        McrCombination mcr = new McrCombination(components, McrSettings.DEFAULT.withMaxIterations(1500), "mu",
                XRange.ALL);
        items.add(combined("S1", mcr.item(1), "mu", names));
        items.add(combined("S2", mcr.item(2), "mu", names));
        ResultStore store = new ResultStore();
        RunReport report = run(store, items);
        assertTrue(report.failures().isEmpty(), report.failures().toString());

        McrResult expected = McrAls.decompose(table.dataMatrix("mu"), table.x(), components,
                McrSettings.DEFAULT.withMaxIterations(1500));
        assertEquals(632, expected.iterations());
        double[][] spectra = expected.combinedItems(table.dataMatrix("mu"));
        Tables reference = Tables.read(Tables.reference("mcr/N2_C2lt0.1_maxIt1500/combined_items_muraw.txt.gz"));
        for (int k = 1; k <= 2; k++) {
            double[] item = store.result("S" + k, "mu").orElseThrow().arrays().get("mu");
            assertTrue(Tables.relativeMax(item, spectra[k - 1]) < 1e-12, "S" + k);
            assertTrue(Tables.relativeRms(item, reference.columns()[k]) < 1e-6, "S" + k + " as the original's");
            assertEquals(NodeStatus.GOOD, store.result("S" + k, "shifted").orElseThrow().status());
        }
    }

    @Test
    void targetTransformationItemIsTheOriginals() {
        List<String> names = List.of("cu2o_ave2", "cuo_ave2", "mix2");
        List<ItemSpec> items = new ArrayList<>(loaded("parseq-xas/cu-ref-mix.res", names));
        items.add(combined("mix2-TT", new TargetCombination(2), "mu", names));
        ResultStore store = new ResultStore();
        run(store, items);
        double[] tt = store.result("mix2-TT", "mu").orElseThrow().arrays().get("mu");
        Tables expected = Tables.read(Tables.reference("tt/A_cu2o-cuo/mix2.txt.gz"));
        assertTrue(Tables.relativeRms(tt, expected.column("TT_mu")) < 1e-8);
    }

    @Test
    void badInputMakesBadItemsWithAReasonAndThrowsNothing() {
        List<ItemSpec> parents = loaded("parseq-xas/cu-ref-mix.res", List.of("cu2o_ave2", "cuo_ave2"));
        PcaCombination pca = new PcaCombination(PcaCombination.Kind.CLASSIC, 3, "flat", XRange.ALL);
        PcaCombination empty = new PcaCombination(PcaCombination.Kind.CLASSIC, 1, "flat", new XRange(20000, 21000));
        Map<String, Object> noParameters = new HashMap<>();
        List<ItemSpec> items = new ArrayList<>(parents);
        items.add(combined("too many", pca.item(0, 3), "mu", List.of("cu2o_ave2", "cuo_ave2")));
        items.add(combined("nowhere", empty.item(0, 1), "mu", List.of("cu2o_ave2", "cuo_ave2")));
        items.add(new ItemSpec("nan", "nan", "mu", null, new Column("nan", "nan", new double[] {1, 2, 3},
                new double[] {1, Double.NaN, 2}), null, noParameters));
        items.add(ItemSpec.loaded("short", "short", "mu", new Column("short", "short", new double[] {1, 2, 3},
                new double[] {1, 2, 3}), noParameters));
        items.add(combined("with nan", new McrCombination(List.of(McrComponent.auto()), McrSettings.DEFAULT, "mu",
                XRange.ALL).item(1), "mu", List.of("short", "nan")));
        ResultStore store = new ResultStore();
        run(store, items);
        assertBad(store, "too many", "3 components needs at least as many items, not 2");
        assertBad(store, "nowhere", "holds no point");
        assertBad(store, "with nan", "NaN at point 1");
    }

    private static void assertBad(ResultStore store, String item, String reason) {
        NodeResult result = store.result(item, "mu").orElseThrow();
        assertEquals(NodeStatus.BAD, result.status());
        assertTrue(result.message().contains(reason) && result.message().contains(item), result.message());
    }
}
