package org.parseq.xas.numerics;

/**
 * Output of "make chi" (§3.13): the µd-node arrays on the (possibly calibrated and rebinned)
 * energy grid, χ(k)·k^kw on the k grid, and the scalars the original writes back into its
 * parameters. Arrays absent for the chosen options are null, as is selfAbsorption when the
 * correction is off.
 */
public record ChiResult(
        double[] e, double[] mu, double[] muDer, double[] erefrb, double[] erefDer,
        double[] preEdge, double[] postEdge, double[] norm, double[] flat,
        double[] mu0prior, double[] mu0,
        double[] mu0eknotsX, double[] mu0eknotsY,
        double[] k, double[] chi,
        double e0, double edgeStep, double datakmax, double eShift,
        int[] nbinOriginal, int[] nbinNew, int[][] binDistrNew, Double noiseLevel,
        SelfAbsorption.Result selfAbsorption) {

    /**
     * Writes the output parameters (e0, edgeJump, datakmax, eShift, nbin*, noiseLevel, and the
     * self-absorption read-outs corrJumpStr and corrChemFormulaM) back.
     */
    public void writeBackTo(MakeChiParams p) {
        p.e0 = e0;
        p.edgeJump = edgeStep;
        p.datakmax = datakmax;
        p.eShift = eShift;
        if (nbinOriginal != null) {
            p.nbinOriginal = nbinOriginal.clone();
            p.nbinNew = nbinNew.clone();
            p.binDistrNew = java.util.Arrays.stream(binDistrNew).map(int[]::clone).toArray(int[][]::new);
        }
        if (noiseLevel != null) {
            p.noiseLevel = noiseLevel;
        }
        if (selfAbsorption != null && p.selfAbsorptionCorrectionDict != null) {
            p.selfAbsorptionCorrectionDict.corrJumpStr = selfAbsorption.jumpText();
            p.selfAbsorptionCorrectionDict.corrChemFormulaM = selfAbsorption.molarMass();
        }
    }
}
