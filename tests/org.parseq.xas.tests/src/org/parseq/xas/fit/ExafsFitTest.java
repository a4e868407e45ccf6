package org.parseq.xas.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.parseq.core.fit.FitException;
import org.parseq.core.fit.FitParameter;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.SolverOptions;
import org.parseq.xas.numerics.ArrayMath;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeFtParams;

/** EXAFS fits on data made by the model itself (truth known), joint fits, r space, and bad input. */
class ExafsFitTest {

    private static final FeffPath CU = FeffFileReader.read(FeffFileReaderTest.cuPath(), 14, 2.5527);

    private static ExafsShell shell(double r, double n, double s, double e, String rTie) {
        return new ExafsShell(CU, true, FitParameter.free("r", r, 2, 3).withTie(rTie), FitParameter.free("n", n, 4, 20),
                FitParameter.free("s", s, 0, 0.05), FitParameter.free("e", e, -15, 15));
    }

    /** An item whose BFT is the model of one Cu shell with the given truth. */
    private static ExafsItem synthetic(String alias, double r, double n, double s, double e, ExafsShell start,
            boolean rSpace) {
        double[] k = ArrayMath.seq(2, 16, 0.025);
        ExafsShell truth = shell(r, n, s, e, "");
        double[] values = {r, n, s, e, 1};
        double[] bft = new ExafsModel(List.of(truth), 2, new int[] {0, 1, 2, 3, 4}).evaluate(values, k);
        MakeFtParams ft = new MakeFtParams();
        MakeBftParams bp = new MakeBftParams();
        bp.bftWindowRange = new double[] {1.5, 3};
        return new ExafsItem(alias, k, bft, 2, 0.025, new Double[] {2.0, 16.0}, 16, ft, bp, List.of(start),
                FitParameter.fixedAt("s0", 1), List.of(), new double[] {3, 15}, true, new double[] {1.5, 3.2}, rSpace);
    }

    @Test
    void recoversTheTruthInKSpace() {
        ExafsItem item = synthetic("A", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, ""), false);
        FitResult r = ExafsFit.fit("A", Map.of("A", item), null);
        assertTrue(r.converged(), r.message());
        assertEquals(2.55, r.first().parameter("r1").value(), 1e-8);
        assertEquals(11.5, r.first().parameter("n1").value(), 1e-6);
        assertEquals(0.0042, r.first().parameter("s1").value(), 1e-9);
        assertEquals(4.2, r.first().parameter("e1").value(), 1e-6);
        assertEquals(2 * 12 * 1.5 / Math.PI + 2, r.independentPoints(), 1e-12, "Nind from the k range and the BFT window");
        long inRange = java.util.Arrays.stream(item.bftk()).filter(k -> k >= 3 && k <= 15).count();
        assertEquals(inRange, r.points(), "k points in [3, 15]");
    }

    @Test
    void recoversTheTruthWithRSpaceObservations() {
        ExafsItem item = synthetic("A", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, ""), true);
        FitResult r = ExafsFit.fit("A", Map.of("A", item), null);
        assertTrue(r.converged(), r.message());
        assertEquals(2.55, r.first().parameter("r1").value(), 1e-8);
        assertEquals(4.2, r.first().parameter("e1").value(), 1e-6);
        ExafsObservations obs = new ExafsObservations(item);
        assertEquals(obs.kIndices.length + 2 * obs.rIndices.length, r.points(), "k points, then Re and Im at the r points");
        assertTrue(obs.rIndices.length > 40);
        assertEquals(2 * 12 * 1.7 / Math.PI + 2, r.independentPoints(), 1e-12, "Δr is the fitted r range");
    }

    @Test
    void aJointFitSharesADistanceBetweenItems() {
        ExafsItem a = synthetic("A", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, ""), false);
        ExafsItem b = synthetic("B", 2.55, 8, 0.006, -2, shell(2.6, 10, 0.004, 0, "=item[\"A\"].r1"), false);
        Map<String, ExafsItem> items = Map.of("A", a, "B", b);
        FitResult joint = ExafsFit.fit("B", items, null);
        assertTrue(joint.converged(), joint.message());
        assertEquals(List.of("B", "A"), joint.items().stream().map(f -> f.item()).toList(), "started item first");
        assertEquals(List.of("n1", "s1", "e1", "item[\"A\"].r1", "item[\"A\"].n1", "item[\"A\"].s1", "item[\"A\"].e1"),
                joint.variedNames());
        assertEquals(joint.item("A").parameter("r1").value(), joint.item("B").parameter("r1").value(), 0);
        assertEquals(2.55, joint.item("B").parameter("r1").value(), 1e-8);
        assertEquals(8, joint.item("B").parameter("n1").value(), 1e-6);
        assertEquals(-2, joint.item("B").parameter("e1").value(), 1e-6);
        assertEquals(11.5, joint.item("A").parameter("n1").value(), 1e-6);
        assertEquals(2 * (2 * 12 * 1.5 / Math.PI + 2), joint.independentPoints(), 1e-12, "Nind summed over items");
        assertEquals(joint.item("A").rFactor(), joint.rFactor(), 0, "the original reports the last item's R");
    }

    /**
     * The items a tie names join in the order they are given (the data tree's), not the order of
     * the tie, and the last one's R is reported (xas-algorithms.md §9.5).
     */
    @Test
    void joinedItemsComeInTheGivenOrder() {
        ExafsItem x = synthetic("X", 2.55, 10, 0.005, 1, shell(2.6, 10, 0.004, 0,
                "=item[\"C\"].r1 + 0*item[\"B\"].r1"), false);
        ExafsItem b = synthetic("B", 2.55, 8, 0.006, -2, shell(2.5, 10, 0.006, 0, ""), false);
        ExafsItem c = synthetic("C", 2.55, 12, 0.004, 3, shell(2.5, 10, 0.006, 0, ""), false);
        Map<String, ExafsItem> treeOrder = new java.util.LinkedHashMap<>();
        treeOrder.put("B", b);
        treeOrder.put("X", x);
        treeOrder.put("C", c);
        FitResult joint = ExafsFit.fit("X", treeOrder, null);
        assertTrue(joint.converged(), joint.message());
        assertEquals(List.of("X", "B", "C"), joint.items().stream().map(f -> f.item()).toList());
        assertEquals(joint.item("C").rFactor(), joint.rFactor(), 0, "the last item's R");
        assertEquals(joint.item("C").parameter("r1").value(), joint.item("X").parameter("r1").value(), 0);
    }

    @Test
    void aJointFitOnRealDataHoldsTheTie() {
        Map<String, ExafsItem> items = new HashMap<>();
        for (String alias : List.of("Cu_rt1", "Cu_rt2")) {
            items.put(alias, ReferenceFits.exafsItem(alias, ReferenceFits.projectDir("Cu").resolve(alias),
                    OriginalProject.section(ReferenceFits.pspj("Cu"), alias)));
        }
        ExafsItem rt2 = items.get("Cu_rt2");
        ExafsShell s = rt2.shells().get(0);
        items.put("Cu_rt2", withShell(rt2, new ExafsShell(s.path(), true, s.r().withTie("=fit['Cu_rt1'].r1"), s.n(),
                s.s(), s.e())));
        double r1 = ExafsFit.fit("Cu_rt1", items, null).first().parameter("r1").value();
        double r2 = ExafsFit.fit("Cu_rt2", Map.of("Cu_rt2", rt2), null).first().parameter("r1").value();
        FitResult joint = ExafsFit.fit("Cu_rt2", items, null);
        assertTrue(joint.converged(), joint.message());
        double shared = joint.item("Cu_rt1").parameter("r1").value();
        assertEquals(shared, joint.item("Cu_rt2").parameter("r1").value(), 0);
        assertTrue(shared > Math.min(r1, r2) && shared < Math.max(r1, r2),
                "the shared distance " + shared + " lies between the single fits' " + r1 + " and " + r2);
    }

    @Test
    void fitsAreBitIdenticalAcrossThreads() throws Exception {
        ExafsItem item = synthetic("A", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, ""), true);
        FitResult serial = ExafsFit.fit("A", Map.of("A", item), null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<FitResult>> runs = List.of(pool.submit(() -> ExafsFit.fit("A", Map.of("A", item), null)),
                    pool.submit(() -> ExafsFit.fit("A", Map.of("A", item), null)));
            for (Future<FitResult> f : runs) {
                FitResult p = f.get();
                assertEquals(serial.first().parameters(), p.first().parameters());
                assertArrayEquals(serial.first().curves().get("ftfit"), p.first().curves().get("ftfit"), 0);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badTiesAreNamed() {
        ExafsItem a = synthetic("A", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, "=r7"), false);
        FitException unknown = assertThrows(FitException.class, () -> ExafsFit.fit("A", Map.of("A", a), null));
        assertTrue(unknown.getMessage().contains("item 'A', parameter 'r1', tie '=r7': unknown name 'r7'"),
                unknown.getMessage());
        ExafsItem b = synthetic("B", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, "=fit['C'].r1"), false);
        FitException noItem = assertThrows(FitException.class, () -> ExafsFit.fit("B", Map.of("B", b), null));
        assertEquals("item 'B': a tie refers to item 'C', which has no EXAFS fit data", noItem.getMessage());
        ExafsItem c = synthetic("C", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, "=fit['B'].r1"), false);
        FitException cycle = assertThrows(FitException.class, () -> ExafsFit.fit("B", Map.of("B", b, "C", c), null));
        assertTrue(cycle.getMessage().startsWith("tie cycle: r1 ('=fit['C'].r1') → item[\"C\"].r1 ('=fit['B'].r1') → r1"),
                cycle.getMessage());
    }

    @Test
    void aFitThatDoesNotConvergeSaysSo() {
        ExafsItem item = synthetic("A", 2.55, 11.5, 0.0042, 4.2, shell(2.5, 10, 0.006, 0, ""), false);
        FitResult r = ExafsFit.fit("A", Map.of("A", item), new SolverOptions(1e-8, 1e-8, 1e-8, 1));
        assertFalse(r.converged());
        assertTrue(r.message().startsWith("item 'A': the EXAFS fit did not converge"), r.message());
        assertEquals(2.5, r.first().parameter("r1").value(), 0, "start values kept");
    }

    private static ExafsItem withShell(ExafsItem i, ExafsShell s) {
        return new ExafsItem(i.alias(), i.bftk(), i.bftValues(), i.kw(), i.dk(), i.krange(), i.datakmax(), i.ft(),
                i.bft(), List.of(s), i.s0(), i.metavariables(), i.kRange(), i.kUse(), i.rRange(), i.rUse());
    }
}
