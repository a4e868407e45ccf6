package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.EntryTransforms;
import org.parseq.xas.numerics.FourierTransforms;
import org.parseq.xas.numerics.FtResult;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.numerics.MakeFtParams;

/** Options without reference output, bad input, defaults and determinism. */
class PipelineBehaviourTest {

    private static double[][] cuFoil() {
        double[][] raw = SharedData.readColumns(
                SharedData.referenceDir().resolve("defaults/Cu_fio_metal/Cu_rt1/0_raw.txt.gz"));
        return new double[][] {raw[0], EntryTransforms.transmission(raw[1], raw[2])};
    }

    @Test
    void badInputIsRejected() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        double[] mu = d[1].clone();
        mu[100] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> ChiTransform.makeChi(d[0], mu, null, p));
        double[] e = d[0].clone();
        e[200] = e[198];
        assertThrows(IllegalArgumentException.class, () -> ChiTransform.makeChi(e, d[1], null, p));
        assertThrows(IllegalArgumentException.class,
                () -> ChiTransform.makeChi(new double[] {1, 2, 3}, new double[] {1, 2, 3}, null, p));
        assertThrows(IllegalArgumentException.class,
                () -> ChiTransform.makeChi(d[0], new double[d[0].length - 1], null, p));
        assertThrows(IllegalArgumentException.class,
                () -> EntryTransforms.transmission(new double[] {1, Double.NaN}, new double[] {1, 1}));
    }

    @Test
    void yieldTransformsNormaliseByI0() {
        double[] i0 = {2, 4, -1};
        double[] f = {1, 0, 3};
        assertArrayEquals(new double[] {2, 1, 12}, EntryTransforms.partialFluorescenceYield(i0, f), 1e-15);
        assertArrayEquals(new double[] {2, 1, 12}, EntryTransforms.totalElectronYield(i0, f), 1e-15);
        assertArrayEquals(new double[] {Math.log(2), Math.log(4), 0},
                EntryTransforms.transmission(i0, new double[] {1, 1, 1}), 1e-15);
    }

    @Test
    void edgeMethodsAgreeAndTheReferenceCurveCanBeUsed() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        ChiResult centre = ChiTransform.makeChi(d[0], d[1], null, p);
        p.e0Method = 0;
        ChiResult maximum = ChiTransform.makeChi(d[0], d[1], null, p);
        assertTrue(java.util.Arrays.binarySearch(d[0], maximum.e0()) >= 0, "method 0 picks a grid point");
        p.e0Method = 1;
        ChiResult splineMax = ChiTransform.makeChi(d[0], d[1], null, p);
        assertEquals(maximum.e0(), splineMax.e0(), 2.0);
        assertEquals(maximum.e0(), centre.e0(), 5.0);
        MakeChiParams q = new MakeChiParams();
        q.useERefCurve = true;
        ChiResult viaRef = ChiTransform.makeChi(d[0], d[1], d[1].clone(), q);
        assertEquals(centre.e0(), viaRef.e0(), 0.0);
        assertArrayEquals(viaRef.muDer(), viaRef.erefDer(), 0.0);
        assertNotNull(viaRef.erefrb());
    }

    @Test
    void zeroPinholeFractionChangesNothing() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        ChiResult plain = ChiTransform.makeChi(d[0], d[1], null, p);
        p.pinholeCorrectionNeeded = true;
        p.pinholeCorrectionDict.fraction = 0;
        ChiResult corrected = ChiTransform.makeChi(d[0], d[1], null, p);
        assertEquals(plain.e0(), corrected.e0(), 1e-9);
        assertTrue(Metrics.relRms(corrected.chi(), plain.chi()) < 1e-9);
        p.pinholeCorrectionDict.fraction = 0.05;
        ChiResult thinned = ChiTransform.makeChi(d[0], d[1], null, p);
        assertTrue(thinned.edgeStep() > plain.edgeStep(), "a pinhole makes the true edge step larger");
    }

    @Test
    void constantEnergyCalibrationShiftsE0() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        ChiResult plain = ChiTransform.makeChi(d[0], d[1], null, p);
        p.needECalibration = true;
        p.eCalibrationMethod = 1;
        p.eShiftKind = 2;
        p.eShift = 1.5;
        ChiResult shifted = ChiTransform.makeChi(d[0], d[1], null, p);
        assertEquals(plain.e0() + 1.5, shifted.e0(), 1e-6);
        p.eCalibrationMethod = 0;
        p.eShiftKind = 1;
        ChiResult toRef = ChiTransform.makeChi(d[0], d[1], null, p);
        assertEquals(p.eRef - plain.e0(), toRef.eShift(), 1e-12);
        assertEquals(p.eRef, toRef.e0(), 1e-3);
    }

    @Test
    void knotOptimisationLowersTheLowRSignal() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        p.mu0method = 0;
        p.mu0knots = 10;
        ChiResult lsq = ChiTransform.makeChi(d[0], d[1], null, p);
        p.ftMinimize = true;
        ChiResult opt = ChiTransform.makeChi(d[0], d[1], null, p);
        MakeFtParams none = new MakeFtParams();
        none.ftWindowKind = "none";
        double before = lowR(FourierTransforms.makeFt(lsq.k(), lsq.chi(), none, p.krange, lsq.datakmax(), p.dk));
        double after = lowR(FourierTransforms.makeFt(opt.k(), opt.chi(), none, p.krange, opt.datakmax(), p.dk));
        assertTrue(after < before, "Σ|FT|⁸ over 0..1 Å: " + after + " !< " + before);
    }

    private static double lowR(FtResult ft) {
        double s = 0;
        for (int i = 0; i < ft.r().length && ft.r()[i] <= 1; i++) {
            s += Math.pow(ft.ft()[i], 8);
        }
        return s;
    }

    @Test
    void denoisingReportsANoiseLevel() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        p.denoiseNeeded = true;
        p.denoiseFrequency = 2.0;
        ChiResult r = ChiTransform.makeChi(d[0], d[1], null, p);
        assertNotNull(r.noiseLevel());
        assertTrue(r.noiseLevel() > 0 && r.noiseLevel() < 0.5, "noise level " + r.noiseLevel());
        p.denoiseFrequency = 100;
        assertThrows(IllegalArgumentException.class, () -> ChiTransform.makeChi(d[0], d[1], null, p));
    }

    @Test
    void automaticSmoothingFactorRuns() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        p.mu0smoothingFactor = 0;
        ChiResult r = ChiTransform.makeChi(d[0], d[1], null, p);
        for (double v : r.chi()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void windowedRoundTripReturnsChi() {
        double[][] d = cuFoil();
        MakeChiParams p = new MakeChiParams();
        ChiResult chi = ChiTransform.makeChi(d[0], d[1], null, p);
        MakeFtParams fp = new MakeFtParams();
        fp.ftWindowKind = "none";
        fp.rmax = 1e9;
        FtResult ft = FourierTransforms.makeFt(chi.k(), chi.chi(), fp, p.krange, chi.datakmax(), p.dk);
        MakeBftParams bp = new MakeBftParams();
        bp.bftWindowKind = "none";
        double[] bft = FourierTransforms.makeBft(chi.k(), ft, bp, p.krange, p.dk).bft();
        double mean = org.parseq.xas.numerics.ArrayMath.trapezoidMean(chi.chi(), chi.k(), chi.k().length);
        for (int i = 0; i < bft.length; i++) {
            assertEquals(chi.chi()[i] - mean, bft[i], 1e-10);
        }
    }

    @Test
    void parallelRunsAreBitIdentical() throws Exception {
        List<ReferenceItem> items = ReferenceItem.under("defaults");
        double[][] serial = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            serial[i] = new ReferenceRun(items.get(i)).ft.ft();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> futures = items.stream()
                    .map(it -> pool.submit(() -> new ReferenceRun(it).ft.ft())).toList();
            for (int i = 0; i < items.size(); i++) {
                assertArrayEquals(serial[i], futures.get(i).get(), 0.0, items.get(i).name);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void defaultsAreTheOriginals() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) Json.parse(Files.readString(
                SharedData.referenceDir().resolve("defaults/default_params.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> transforms = (Map<String, Object>) all.get("transforms");
        @SuppressWarnings("unchecked")
        Map<String, Object> chi = (Map<String, Object>) transforms.get("make chi");
        ReferenceItem probe = new ReferenceItem(SharedData.referenceDir().resolve("defaults/foils/Cu-foil_EXAFS_23068"));
        MakeChiParams fromJson = probe.chiParams();
        MakeChiParams def = new MakeChiParams();
        assertEquals(((Number) chi.get("mu0smoothingFactor")).doubleValue(), def.mu0smoothingFactor);
        assertEquals(((Number) chi.get("e0SmoothN")).intValue(), def.e0SmoothN);
        assertEquals(((Number) chi.get("mu0knots")).intValue(), def.mu0knots);
        assertEquals(((Number) chi.get("denoiseOrder")).intValue(), def.denoiseOrder);
        assertArrayEquals(fromJson.e0Where, def.e0Where);
        assertArrayEquals(fromJson.preedgeWhere, def.preedgeWhere);
        assertArrayEquals(fromJson.preedgeExps, def.preedgeExps);
        assertArrayEquals(fromJson.postedgeWhere, def.postedgeWhere);
        assertArrayEquals(fromJson.postedgeExps, def.postedgeExps);
        assertArrayEquals(fromJson.krange, def.krange);
        assertArrayEquals(fromJson.rebinRegions.deltas, def.rebinRegions.deltas);
        assertArrayEquals(fromJson.rebinRegions.splitters, def.rebinRegions.splitters);
        assertEquals(fromJson.dk, def.dk);
        assertEquals(fromJson.e0Method, def.e0Method);
        assertEquals(fromJson.mu0method, def.mu0method);
        assertEquals(fromJson.mu0PriorSmoothN, def.mu0PriorSmoothN);
        MakeFtParams ft = new MakeFtParams();
        assertEquals(probe.ftParams().ftWindowKind, ft.ftWindowKind);
        assertArrayEquals(probe.ftParams().ftWindowProp, ft.ftWindowProp);
        assertEquals(probe.ftParams().rmax, ft.rmax);
        MakeBftParams bft = new MakeBftParams();
        assertArrayEquals(probe.bftParams().bftWindowRange, bft.bftWindowRange);
        assertEquals(probe.bftParams().bftWindowWidth, bft.bftWindowWidth);
    }
}
