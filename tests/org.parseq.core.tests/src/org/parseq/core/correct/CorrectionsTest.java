package org.parseq.core.correct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * Each correction kind of xas-algorithms.md §11 on a real Cu foil µd (e from 8800 to 10200 eV),
 * with the boundary rules: limits are open, an empty or flat range changes nothing.
 */
class CorrectionsTest {

    private static final NodeDefinition MU_NODE = new NodeDefinition("mu", "µd", List.of(
            new ArrayDefinition("e", ArrayRole.X, "E", "eV", false),
            new ArrayDefinition("mu", ArrayRole.Y, "µd", "", false),
            new ArrayDefinition("ref", ArrayRole.Y_RIGHT, "reference", "", true)));

    private final CuFoil foil = CuFoil.read();

    private Map<String, double[]> arrays() {
        double[] ref = new double[foil.mu.length];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = 0.5 * foil.mu[i] + 1;
        }
        return Map.of("e", foil.e, "mu", foil.mu, "ref", ref);
    }

    private Map<String, double[]> apply(NodeCorrection... corrections) {
        return NodeCorrections.apply(MU_NODE, List.of(corrections), arrays());
    }

    @Test
    void deleteRemovesThePointsStrictlyBetweenTheLimitsFromEveryArray() {
        int a = 150;
        int b = 160;
        Map<String, double[]> out = apply(new NodeCorrection(new DeleteRegion(foil.e[a], foil.e[b])));
        int n = foil.e.length;
        assertEquals(n - (b - a - 1), out.get("e").length);
        assertEquals(out.get("e").length, out.get("mu").length);
        assertEquals(out.get("e").length, out.get("ref").length);
        assertEquals(foil.e[a], out.get("e")[a], "a point on the lower limit stays");
        assertEquals(foil.e[b], out.get("e")[a + 1], "a point on the upper limit stays");
        assertEquals(foil.mu[b], out.get("mu")[a + 1]);
        assertEquals(foil.mu[n - 1], out.get("mu")[out.get("mu").length - 1]);
        Map<String, double[]> empty = apply(new NodeCorrection(new DeleteRegion(foil.e[a], foil.e[a + 1])));
        assertArrayEquals(foil.mu, empty.get("mu"), "no point between two neighbours: nothing goes");
    }

    @Test
    void scaleMovesTheInsidePointsAboutTheLineThroughTheFirstAndLastOfThem() {
        int from = foil.indexAbove(9000);
        int to = foil.indexAbove(9100);
        double scale = 3.0;
        Map<String, double[]> out = apply(new NodeCorrection(new ScaleRegion(foil.e[from], foil.e[to], scale)));
        double[] mu = out.get("mu");
        int first = from + 1;
        int last = to - 1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = first; i <= last; i++) {
            min = Math.min(min, foil.mu[i]);
            max = Math.max(max, foil.mu[i]);
        }
        double factor = (scale - min) / (max - min);
        int middle = (first + last) / 2;
        double line = foil.mu[first] + (foil.mu[last] - foil.mu[first]) / (foil.e[last] - foil.e[first])
                * (foil.e[middle] - foil.e[first]);
        assertEquals((foil.mu[middle] - line) * factor + line, mu[middle], 1e-12);
        assertNotEquals(foil.mu[middle], mu[middle]);
        assertEquals(foil.mu[first], mu[first], 1e-12, "the line passes through the first inside point");
        assertEquals(foil.mu[last], mu[last], 1e-12);
        assertEquals(foil.mu[from], mu[from], "a point on the limit is outside");
        assertEquals(foil.mu[to], mu[to]);

        Map<String, double[]> flat = apply(new NodeCorrection(new ScaleRegion(foil.e[from], foil.e[from + 2], 5)));
        assertArrayEquals(foil.mu, flat.get("mu"), "one point inside is a flat range: no change");
        assertSame(foil.mu, new ScaleRegion(foil.e[from], foil.e[from + 1], 5).corrected(foil.e, foil.mu),
                "an empty range changes nothing");
    }

    @Test
    void splineReplacesTheInsidePointsByTheSplineThroughTheKnots() {
        int from = foil.indexAbove(9300);
        int to = foil.indexAbove(9600);
        double[] knotsX = {9250, 9350, 9450, 9550, 9650};
        List<SplineRegion.Knot> cubicKnots = new java.util.ArrayList<>();
        for (double x : knotsX) {
            cubicKnots.add(new SplineRegion.Knot(x, cubic(x)));
        }
        Map<String, double[]> out = apply(new NodeCorrection(
                new SplineRegion(foil.e[from], foil.e[to], cubicKnots, false)));
        double[] mu = out.get("mu");
        for (int i = from + 1; i < to; i++) {
            assertEquals(cubic(foil.e[i]), mu[i], 1e-9, "a not-a-knot spline through a cubic is that cubic");
        }
        assertEquals(foil.mu[from], mu[from]);
        assertEquals(foil.mu[to], mu[to]);

        double[] one = new SplineRegion(foil.e[from], foil.e[to], List.of(new SplineRegion.Knot(9400, 1.25)), false)
                .corrected(foil.e, foil.mu);
        assertEquals(1.25, one[from + 3]);
        double[] two = new SplineRegion(foil.e[from], foil.e[to],
                List.of(new SplineRegion.Knot(9300, 1), new SplineRegion.Knot(9500, 2)), false)
                .corrected(foil.e, foil.mu);
        assertEquals(1 + (foil.e[from + 3] - 9300) / 200, two[from + 3], 1e-12, "two knots: a line");
        double[] three = new SplineRegion(foil.e[from], foil.e[to], List.of(new SplineRegion.Knot(9300, 1),
                new SplineRegion.Knot(9400, 3), new SplineRegion.Knot(9500, 2)), false).corrected(foil.e, foil.mu);
        double x = foil.e[from + 3];
        double parabola = 1 * (x - 9400) * (x - 9500) / (100.0 * 200) + 3 * (x - 9300) * (x - 9500) / (100.0 * -100)
                + 2 * (x - 9300) * (x - 9400) / (200.0 * 100);
        assertEquals(parabola, three[from + 3], 1e-12, "three knots: a parabola");
        assertSame(foil.mu, new SplineRegion(foil.e[from], foil.e[to], List.of(), false).corrected(foil.e, foil.mu));
    }

    @Test
    void subtractSplineSubtractsItInsideAndLeavesTheRestAlone() {
        int from = foil.indexAbove(9200);
        int to = foil.indexAbove(9900);
        List<SplineRegion.Knot> knots = new java.util.ArrayList<>();
        for (int i = from; i <= to; i += (to - from) / 6) {
            knots.add(new SplineRegion.Knot(foil.e[i], foil.mu[i]));
        }
        Map<String, double[]> out = apply(new NodeCorrection(new SplineRegion(foil.e[from], foil.e[to], knots, true)));
        double[] mu = out.get("mu");
        int knotIndex = from + (to - from) / 6;
        assertEquals(0, mu[knotIndex], 1e-9, "the spline passes through a knot taken on the curve");
        double spline = InterpolatingSpline.through(knots).value(foil.e[knotIndex + 1]);
        assertEquals(foil.mu[knotIndex + 1] - spline, mu[knotIndex + 1], 1e-12);
        assertEquals(foil.mu[from], mu[from], "open interval: the point on the limit is kept");
        assertEquals(foil.mu[from - 1], mu[from - 1]);
        assertEquals(foil.mu[to + 1], mu[to + 1]);
        double[] ref = out.get("ref");
        assertEquals(0.5 * foil.mu[knotIndex] + 1 - (foil.mu[knotIndex]), ref[knotIndex], 1e-9,
                "every curve of the node is corrected");
    }

    @Test
    void spikesDeletesOnlyTheSpikeInsideTheRange() {
        int spike = foil.indexAbove(9700);
        double[] mu = foil.mu.clone();
        mu[spike] += 0.3;
        int outsideSpike = foil.indexAbove(9900);
        mu[outsideSpike] += 0.3;
        Map<String, double[]> arrays = Map.of("e", foil.e, "mu", mu);
        NodeCorrection spikes = Corrections.parse(Map.of("kind", "spikes", "lim", List.of(9600, 9800),
                "cutoff", "auto"));
        assertEquals(new DeleteSpikes(9600, 9800, 0.7), spikes.correction());
        Map<String, double[]> out = NodeCorrections.apply(MU_NODE, List.of(spikes), arrays);
        assertEquals(foil.e.length - 1, out.get("e").length, "the spike at 9700 eV goes, not the one at 9900 eV");
        assertEquals(foil.e[spike + 1], out.get("e")[spike]);
        assertEquals(foil.mu[spike + 1], out.get("mu")[spike]);
        assertEquals(mu[outsideSpike], out.get("mu")[outsideSpike - 1]);

        for (double cutoff : new double[] {0, 1, 1.5, Double.NaN}) {
            Map<String, double[]> none = NodeCorrections.apply(MU_NODE,
                    List.of(new NodeCorrection(new DeleteSpikes(9600, 9800, cutoff))), arrays);
            assertEquals(foil.e.length, none.get("e").length, "cutoff " + cutoff + " is outside (0, 1)");
        }
    }

    @Test
    void stepShiftsThePointsFromTheRightPointOnAndRampsBetween() {
        int right = foil.indexAbove(9500);
        int left = right - 10;
        double[] stepped = foil.mu.clone();
        for (int i = right; i < stepped.length; i++) {
            stepped[i] += 0.4;
        }
        NodeCorrection step = Corrections.parse(Map.of("kind", "step", "left", foil.e[left],
                "right", List.of(foil.e[right], foil.mu[right])));
        Map<String, double[]> out = NodeCorrections.apply(MU_NODE, List.of(step), Map.of("e", foil.e, "mu", stepped));
        double[] mu = out.get("mu");
        for (int i = right; i < mu.length; i++) {
            assertEquals(foil.mu[i], mu[i], 1e-12, "the step is gone after the right point");
        }
        int between = left + 4;
        assertEquals(stepped[between] - 0.4 * (foil.e[between] - foil.e[left]) / (foil.e[right] - foil.e[left]),
                mu[between], 1e-12);
        assertEquals(stepped[left], mu[left], "the left point is on the open limit");
        assertEquals(stepped[left - 1], mu[left - 1]);
        double last = foil.e[foil.e.length - 1];
        assertSame(stepped, new RemoveStep(9000, last + 1, 0).corrected(foil.e, stepped),
                "no point at or after the right point: nothing changes");
    }

    @Test
    void excludedArraysKeepTheirValuesAndCorrectionsApplyInOrder() {
        int from = foil.indexAbove(9000);
        int to = foil.indexAbove(9400);
        NodeCorrection scale = Corrections.parse(Map.of("kind", "scale", "range", List.of(foil.e[from],
                foil.e[to]), "scale", 2.5, "excludeArrays", List.of("ref")));
        NodeCorrection delete = new NodeCorrection(new DeleteRegion(foil.e[from], foil.e[to]));
        Map<String, double[]> scaled = apply(scale);
        assertArrayEquals(arrays().get("ref"), scaled.get("ref"));
        assertNotEquals(foil.mu[from + 5], scaled.get("mu")[from + 5]);
        Map<String, double[]> both = apply(scale, delete);
        Map<String, double[]> deleted = apply(delete);
        assertArrayEquals(deleted.get("mu"), both.get("mu"), "the deletion after the scaling removes what it scaled");
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> Corrections.parse(Map.of("kind", "smooth")));
        assertTrue(kind.getMessage().contains("'smooth'"), kind.getMessage());
        IllegalArgumentException lim = assertThrows(IllegalArgumentException.class,
                () -> Corrections.parse(Map.of("kind", "delete", "lim", List.of(1))));
        assertTrue(lim.getMessage().contains("'lim'"), lim.getMessage());
        IllegalArgumentException knots = assertThrows(IllegalArgumentException.class,
                () -> Corrections.parse(Map.of("kind", "spline", "lim", List.of(1, 2))));
        assertTrue(knots.getMessage().contains("knots"), knots.getMessage());
        NodeCorrection unusable = Corrections.unusable(Map.of("kind", "smooth"), "cannot read it");
        IllegalArgumentException applied = assertThrows(IllegalArgumentException.class, () -> apply(unusable));
        assertTrue(applied.getMessage().contains("correction 1 ('smooth') at node 'µd': cannot read it"),
                applied.getMessage());
        assertEquals(Set.of(), unusable.excludedArrays());
    }

    private static double cubic(double x) {
        double t = (x - 9450) / 100;
        return 1.2 + 0.3 * t - 0.05 * t * t + 0.02 * t * t * t;
    }
}
