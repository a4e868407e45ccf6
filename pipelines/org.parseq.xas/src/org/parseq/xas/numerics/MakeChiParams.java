package org.parseq.xas.numerics;

import java.util.Arrays;

/**
 * Parameters of "make chi" (xas-algorithms.md §3.0), named as in the original so that its
 * project files apply unchanged. Defaults are the original's. A JSON {@code null} is a Java
 * {@code null} (boxed fields); {@code 'inf'} in rebin splitters is {@link Double#POSITIVE_INFINITY}.
 * Fields marked "output" are written back by {@link ChiResult#writeBackTo(MakeChiParams)}.
 */
public final class MakeChiParams {

    public boolean e0Smooth = true;
    public int e0SmoothN = 6;
    public double[] e0Where = {0.02, 0.7};
    /** 0 derivative maximum, 1 spline-derivative maximum, 2 centre of mass. */
    public int e0Method = 2;
    /** Output: the found E0 (eV). */
    public Double e0 = null;
    public boolean useERefCurve = false;

    public boolean needECalibration = false;
    /** 0: shift E0 onto eRef (eShift becomes an output); 1: apply eShift. */
    public int eCalibrationMethod = 1;
    public double eRef = 8979.0;
    public double eShift = 0;
    /** 0 angular, 1 lattice, 2 constant energy. */
    public int eShiftKind = 0;

    public boolean rebinNeeded = false;
    public RebinRegions rebinRegions = new RebinRegions();
    /** Outputs of rebinning. */
    public int[] nbinOriginal = null;
    public int[] nbinNew = null;
    public int[][] binDistrNew = null;

    public double[] preedgeWhere = {0.03, 0.53};
    public int[] preedgeExps = {-3, 0};

    public boolean pinholeCorrectionNeeded = false;
    public PinholeCorrection pinholeCorrectionDict = new PinholeCorrection();
    /** Fluorescence self-absorption correction (§3.6), see {@link SelfAbsorption}. */
    public boolean selfAbsorptionCorrectionNeeded = false;
    public SelfAbsorptionCorrection selfAbsorptionCorrectionDict = new SelfAbsorptionCorrection();

    public double[] postedgeWhere = {40, 400};
    public int[] postedgeExps = {-2, -1};
    /** Output: the edge step. */
    public double edgeJump = 0;

    public boolean mu0PriorIncludeWhiteLine = false;
    public double mu0PriorVScale = 1.0;
    public int mu0PriorSmoothN = 5;
    /** 0: LSQ spline through k-spaced knots; 1: smoothing spline. */
    public int mu0method = 1;
    public int mu0knots = 7;
    public int mu0kpow = 2;
    public boolean ftMinimize = false;
    public int ftMinNKnots = 4;
    public double[] ftMinRange = {0, 1};
    /** λ of the smoothing spline; 0 selects it by generalised cross-validation. */
    public double mu0smoothingFactor = 2e6;

    public int kw = 2;
    /** [kmin, kmax]; a null kmax means the data end. */
    public Double[] krange = {2.0, null};
    public double dk = 0.025;
    /** Output: k of the last energy point. */
    public double datakmax = 15.0;

    public boolean denoiseNeeded = false;
    public int denoiseOrder = 7;
    public double denoiseFrequency = 7.0;
    /** Output of denoising. */
    public Double noiseLevel = null;

    /** Deep copy, so that a pipeline run never shares mutable state with its caller. */
    public MakeChiParams copy() {
        MakeChiParams p = new MakeChiParams();
        p.e0Smooth = e0Smooth;
        p.e0SmoothN = e0SmoothN;
        p.e0Where = e0Where == null ? null : e0Where.clone();
        p.e0Method = e0Method;
        p.e0 = e0;
        p.useERefCurve = useERefCurve;
        p.needECalibration = needECalibration;
        p.eCalibrationMethod = eCalibrationMethod;
        p.eRef = eRef;
        p.eShift = eShift;
        p.eShiftKind = eShiftKind;
        p.rebinNeeded = rebinNeeded;
        p.rebinRegions = rebinRegions == null ? null : rebinRegions.copy();
        p.nbinOriginal = nbinOriginal == null ? null : nbinOriginal.clone();
        p.nbinNew = nbinNew == null ? null : nbinNew.clone();
        p.binDistrNew = binDistrNew == null ? null
                : Arrays.stream(binDistrNew).map(int[]::clone).toArray(int[][]::new);
        p.preedgeWhere = preedgeWhere == null ? null : preedgeWhere.clone();
        p.preedgeExps = preedgeExps == null ? null : preedgeExps.clone();
        p.pinholeCorrectionNeeded = pinholeCorrectionNeeded;
        p.pinholeCorrectionDict = pinholeCorrectionDict == null ? null : pinholeCorrectionDict.copy();
        p.selfAbsorptionCorrectionNeeded = selfAbsorptionCorrectionNeeded;
        p.selfAbsorptionCorrectionDict = selfAbsorptionCorrectionDict == null ? null
                : selfAbsorptionCorrectionDict.copy();
        p.postedgeWhere = postedgeWhere == null ? null : postedgeWhere.clone();
        p.postedgeExps = postedgeExps == null ? null : postedgeExps.clone();
        p.edgeJump = edgeJump;
        p.mu0PriorIncludeWhiteLine = mu0PriorIncludeWhiteLine;
        p.mu0PriorVScale = mu0PriorVScale;
        p.mu0PriorSmoothN = mu0PriorSmoothN;
        p.mu0method = mu0method;
        p.mu0knots = mu0knots;
        p.mu0kpow = mu0kpow;
        p.ftMinimize = ftMinimize;
        p.ftMinNKnots = ftMinNKnots;
        p.ftMinRange = ftMinRange == null ? null : ftMinRange.clone();
        p.mu0smoothingFactor = mu0smoothingFactor;
        p.kw = kw;
        p.krange = krange == null ? null : krange.clone();
        p.dk = dk;
        p.datakmax = datakmax;
        p.denoiseNeeded = denoiseNeeded;
        p.denoiseOrder = denoiseOrder;
        p.denoiseFrequency = denoiseFrequency;
        p.noiseLevel = noiseLevel;
        return p;
    }

    /** Rebinning regions (§3.3): bin widths per region and the region splitters. */
    public static final class RebinRegions {
        /** Bin widths: pre-edge (eV), edge (eV), post-edge (eV), EXAFS (Å⁻¹). */
        public double[] deltas = {1.0, 0.2, 0.5, 0.025};
        /** Edge start and end (eV relative to E0), EXAFS start and end (Å⁻¹; +∞ = data end). */
        public double[] splitters = {-15, 15, 2.5, Double.POSITIVE_INFINITY};

        public RebinRegions copy() {
            RebinRegions r = new RebinRegions();
            r.deltas = deltas.clone();
            r.splitters = splitters.clone();
            return r;
        }
    }

    /** Pinhole correction (§3.5). */
    public static final class PinholeCorrection {
        public double fraction = 0.5;

        public PinholeCorrection copy() {
            PinholeCorrection c = new PinholeCorrection();
            c.fraction = fraction;
            return c;
        }
    }

    /**
     * Self-absorption correction parameters (§3.6): the sample's formula, the f2 table, the
     * calibration and fluorescence energies (eV), the angles φ (incidence), θ (exit) and τ (tilt)
     * in degrees, "thick" or any other text for a thin sample, and its thickness as an edge jump.
     */
    public static final class SelfAbsorptionCorrection {
        public String corrChemFormula = "Fe2O3";
        public String corrDataTable = "Chantler";
        public double corrCalibEnergy = 7150.4;
        public double corrFluoEnergy = 6404;
        public double corrPhiDeg = 45.0;
        public double corrThetaDeg = 45.0;
        public double corrTauDeg = 0.0;
        public String corrFormula = "thick";
        public double corrThickness = 1.0;
        /** Outputs. */
        public String corrJumpStr = "";
        public String corrChemFormulaM = "";

        public SelfAbsorptionCorrection copy() {
            SelfAbsorptionCorrection c = new SelfAbsorptionCorrection();
            c.corrChemFormula = corrChemFormula;
            c.corrDataTable = corrDataTable;
            c.corrCalibEnergy = corrCalibEnergy;
            c.corrFluoEnergy = corrFluoEnergy;
            c.corrPhiDeg = corrPhiDeg;
            c.corrThetaDeg = corrThetaDeg;
            c.corrTauDeg = corrTauDeg;
            c.corrFormula = corrFormula;
            c.corrThickness = corrThickness;
            c.corrJumpStr = corrJumpStr;
            c.corrChemFormulaM = corrChemFormulaM;
            return c;
        }
    }
}
