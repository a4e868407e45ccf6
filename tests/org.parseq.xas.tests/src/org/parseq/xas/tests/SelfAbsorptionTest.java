package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.xray.ChemicalFormula;
import org.parseq.xas.xray.CompoundAbsorption;
import org.parseq.xas.xray.ElementF2;
import org.parseq.xas.xray.F2Tables;

/**
 * Self-absorption correction (xas-algorithms.md §3.6) on the Fe2O3 fluorescence spectrum of the
 * original's project Fe2O3_selfAbsorptionCorrection.pspj. Expected numbers: the original's
 * calc_self_abs (ParSeq-XAS 2026.4) with XAFSmass 1.8.0 and scipy's root solver, run on the same
 * file with the project's parameters (tools/xray-tables/self_absorption_oracle.py). The E0 and
 * edge steps stored in that project are not those of the released code: see
 * {@link #theStoredEdgeStepsCameFromAnotherPreEdgeRange()} for what they came from.
 */
class SelfAbsorptionTest {

    @Test
    void crossSectionOfIronFromTheChantlerTable() {
        ElementF2 fe = F2Tables.named("Chantler").element("Fe");
        // f2 interpolated between the table rows around 7144 eV, σ = f2·4.208e7/E
        assertEquals(3.6118356859514709, fe.f2At(7144), 1e-12);
        assertEquals(3.6118356859514709 * 4.208e7 / 7144, fe.sigmaAt(7144), 1e-9);
        ElementF2 o = F2Tables.named("Chantler").element("O");
        assertEquals(0.050860274747439309 * 4.208e7 / 6404, o.sigmaAt(6404), 1e-9);
    }

    @Test
    void compoundCrossSectionsAsXafsmassComputesThem() {
        ChemicalFormula fe2o3 = ChemicalFormula.parse("Fe2O3");
        assertEquals("159.69", fe2o3.molarMassText());
        CompoundAbsorption calib = CompoundAbsorption.at(7144, fe2o3, F2Tables.named("Chantler"));
        assertEquals(46633.095709433634, calib.sumSigma(), 1e-8);
        CompoundAbsorption.Element fe = calib.elements().get(1);
        assertEquals("Fe", fe.symbol());
        assertEquals(20306.114859799254, fe.edge().dSigma(), 1e-8);
        assertEquals(2 * 20306.114859799254, fe.jump(), 1e-8);
        // XAFSmass 1.8 widens its edge search upwards, so below the edge it takes σ above it
        CompoundAbsorption fluo = CompoundAbsorption.at(6404, fe2o3, F2Tables.named("Chantler"));
        assertEquals(46914.297295543554, fluo.sumSigma(), 1e-8);
        double[] bk = calib.background(new double[] {6900, 7500, 8000});
        assertEquals(799.25784453856807, bk[0], 1e-9);
        assertEquals(622.19796477918749, bk[1], 1e-9);
        assertEquals(511.71842003165318, bk[2], 1e-9);
        CompoundAbsorption salt = CompoundAbsorption.at(7144, ChemicalFormula.parse("(NH4)2Fe(SO4)2"),
                F2Tables.named("Chantler"));
        assertEquals(33260.532568657334, salt.sumSigma(), 1e-8);
    }

    @Test
    void thickSampleReproducesTheOriginal() throws IOException {
        MakeChiParams p = project("Fe2O2", "thick", 1.0);
        ChiResult r = ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, p);
        assertEquals(7125.650887318362, r.e0(), 1e-3);
        assertEquals(0.45133016782960933, r.edgeStep(), 1e-5 * 0.45133016782960933);
        assertMu(r, new double[] {0.012745926460885753, 0.013004330125702812, 0.015336151023814465,
            0.022742292362319047, 0.054976371366188881, 0.62742025983820515, 0.51139386030745859,
            0.49809295886448429, 0.53758753166965156, 0.58012114513380686});
        r.writeBackTo(p);
        assertEquals("Δσ[Fe] (cm²/mol) = 4.06e+4", p.selfAbsorptionCorrectionDict.corrJumpStr);
        assertEquals("143.69", p.selfAbsorptionCorrectionDict.corrChemFormulaM);
    }

    @Test
    void thinSampleReproducesTheOriginal() throws IOException {
        ChiResult r = ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, project("Fe2O3", "thin (general)", 2.1));
        assertEquals(7125.517792275868, r.e0(), 1e-3);
        assertEquals(0.4568776071251843, r.edgeStep(), 1e-5 * 0.4568776071251843);
        assertMu(r, new double[] {0.012756387751038881, 0.013038255320950235, 0.015580003072272941,
            0.023631621667982158, 0.058320431929082345, 0.62682070690952296, 0.51527380268225087,
            0.50237242792064785, 0.54036671029786498, 0.58113762506751132});
    }

    /** Other tables, angles and thickness than the project's. */
    @Test
    void otherTablesAndGeometries() throws IOException {
        MakeChiParams henke = project("Fe2O3", "thick", 1.0);
        var sa = henke.selfAbsorptionCorrectionDict;
        sa.corrDataTable = "Henke";
        sa.corrCalibEnergy = 7150.4;
        sa.corrPhiDeg = 30;
        sa.corrThetaDeg = 60;
        sa.corrTauDeg = 10;
        ChiResult r = ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, henke);
        assertEquals(7126.2638406992301, r.e0(), 1e-3);
        assertEquals(0.42313406503304396, r.edgeStep(), 1e-5 * 0.42313406503304396);
        MakeChiParams total = project("Fe2O3", "thin", 0.5);
        sa = total.selfAbsorptionCorrectionDict;
        sa.corrDataTable = "Chantler total";
        sa.corrCalibEnergy = 7150.4;
        sa.corrPhiDeg = 60;
        sa.corrThetaDeg = 30;
        r = ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, total);
        assertEquals(7124.6777256458672, r.e0(), 1e-3);
        assertEquals(0.49747838156893009, r.edgeStep(), 1e-5 * 0.49747838156893009);
    }

    @Test
    void badInputNamesTheParameter() throws IOException {
        assertBad("corrChemFormula", p -> p.corrChemFormula = "Xx2O3", "unknown element 'Xx'");
        assertBad("corrChemFormula", p -> p.corrChemFormula = "Fe2(O3", "unbalanced '('");
        assertBad("corrChemFormula", p -> p.corrChemFormula = "", "empty");
        assertBad("corrDataTable", p -> p.corrDataTable = "BrCo", "BrCo");
        assertBad("corrCalibEnergy", p -> p.corrCalibEnergy = 1e7, "outside the Chantler table");
        assertBad("corrFluoEnergy", p -> p.corrFluoEnergy = 1, "outside");
        assertBad("corrCalibEnergy", p -> p.corrChemFormula = "SiO2", "no absorption edge");
        assertBad("corrThetaDeg", p -> p.corrThetaDeg = 0, "exit angle");
    }

    private void assertBad(String parameter, java.util.function.Consumer<MakeChiParams.SelfAbsorptionCorrection> edit,
            String reason) {
        MakeChiParams p = project("Fe2O3", "thick", 1.0);
        edit.accept(p.selfAbsorptionCorrectionDict);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, p));
        assertTrue(ex.getMessage().contains("selfAbsorptionCorrectionDict." + parameter), ex.getMessage());
        assertTrue(ex.getMessage().contains(reason), ex.getMessage());
    }

    private static void assertMu(ChiResult r, double[] everySeventyFifth) {
        for (int j = 0; j < everySeventyFifth.length; j++) {
            double expected = everySeventyFifth[j];
            assertEquals(expected, r.mu()[75 * j], 1e-9 * Math.abs(expected), "corrected mu[" + 75 * j + "]");
        }
    }

    private final double[][] fe2o3 = read("fe2o3_15_35.mu");

    /**
     * Why the E0 and edge steps stored in the project are not the numbers to reproduce. Its
     * uncorrected items (fluorescence and transmission) get the stored E0 to 1e-9 eV with the
     * stored parameters, but not the stored edge steps (3.3e-4 and 1.9e-3 relative off). With
     * the upper end of preedgeWhere at 0.33 instead of the stored 0.53 both edge steps come out
     * as stored to 1e-12: the stored results were computed with another pre-edge range than the
     * one stored (for the flat [0] pre-edge law of the fluorescence item the edge steps differ
     * exactly by the means of µ over points 5..79 and 5..49, 1.6824e-4). The corrected items are further off
     * even with that range (thick: E0 7125.65 vs 7128.07 eV, edge step 0.4515 vs 0.2915), and
     * the released calc_self_abs, whose formulas equal those committed the day the project was
     * saved (ParSeq-XAS 97e0eed, 2024-12-19, but for the thin solver: krylov then, excitingmixing
     * now), gives ours: those stored values come from the unreleased development copy
     * (parseq_XAS_dev) that saved the project. Our corrected items are therefore compared with
     * the released code's run (the other tests of this class).
     */
    @Test
    void theStoredEdgeStepsCameFromAnotherPreEdgeRange() {
        MakeChiParams fy = project("Fe2O3", "thick", 1.0);
        fy.selfAbsorptionCorrectionNeeded = false;
        ChiResult stored = ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, fy);
        assertEquals(7124.143247444276, stored.e0(), 1e-9, "fluorescence E0 as stored");
        assertEquals(0.5141140814174661 - 1.6824e-4, stored.edgeStep(), 1e-12, "stored preedgeWhere [0.03, 0.53]");
        fy.preedgeWhere = new double[] {0.03, 0.33};
        assertEquals(0.5141140814174661, ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, fy).edgeStep(), 1e-12,
                "fluorescence edge step as stored, with preedgeWhere [0.03, 0.33]");

        double[][] tr = read("fe2o3_tr2.mu");
        MakeChiParams transmission = project("Fe2O3", "thick", 1.0);
        transmission.selfAbsorptionCorrectionNeeded = false;
        transmission.preedgeExps = new int[] {-3, 0, 1};
        ChiResult trStored = ChiTransform.makeChi(tr[0], tr[1], null, transmission);
        assertEquals(7126.587058185637, trStored.e0(), 1e-9, "transmission E0 as stored");
        assertTrue(Math.abs(trStored.edgeStep() / 2.3658644508531896 - 1) > 1e-3, "not the stored edge step");
        transmission.preedgeWhere = new double[] {0.03, 0.33};
        assertEquals(2.3658644508531896, ChiTransform.makeChi(tr[0], tr[1], null, transmission).edgeStep(),
                1e-12 * 2.37, "transmission edge step as stored, with preedgeWhere [0.03, 0.33]");

        MakeChiParams thick = project("Fe2O2", "thick", 1.0);
        thick.preedgeWhere = new double[] {0.03, 0.33};
        ChiResult corrected = ChiTransform.makeChi(fe2o3[0], fe2o3[1], null, thick);
        assertTrue(Math.abs(corrected.e0() - 7128.074003410679) > 2, "the dev copy's corrected E0 is not ours");
        assertTrue(Math.abs(corrected.edgeStep() - 0.2915247019614706) > 0.1, "nor its corrected edge step");
    }

    /** The parameters of the project's corrected items (µd entry, no calibration, no rebinning). */
    private static MakeChiParams project(String formula, String kind, double thickness) {
        MakeChiParams p = new MakeChiParams();
        p.e0SmoothN = 6;
        p.e0Where = new double[] {0.02, 0.7};
        p.e0Method = 2;
        p.preedgeWhere = new double[] {0.03, 0.53};
        p.preedgeExps = new int[] {0};
        p.postedgeWhere = new double[] {40, 400};
        p.postedgeExps = new int[] {0, 1};
        p.mu0PriorSmoothN = 3;
        p.mu0method = 0;
        p.mu0knots = 7;
        p.krange = new Double[] {1.9728709917971665, 17.889033557279422};
        p.selfAbsorptionCorrectionNeeded = true;
        var sa = p.selfAbsorptionCorrectionDict;
        sa.corrChemFormula = formula;
        sa.corrDataTable = "Chantler";
        sa.corrCalibEnergy = 7144;
        sa.corrFluoEnergy = 6404;
        sa.corrFormula = kind;
        sa.corrThickness = thickness;
        return p;
    }

    private static double[][] read(String file) {
        try {
            List<String> lines = Files.readAllLines(RealDatasets.dataDir().resolve(file));
            List<double[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] f = line.strip().split("\\s+");
                    rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
                }
            }
            double[][] out = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                out[0][i] = rows.get(i)[0];
                out[1][i] = rows.get(i)[1];
            }
            return out;
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
