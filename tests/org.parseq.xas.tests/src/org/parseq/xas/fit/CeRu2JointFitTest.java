package org.parseq.xas.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.fit.FitParameter;
import org.parseq.core.fit.FitResult;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeFtParams;
import org.parseq.xas.tests.SharedData;

/**
 * The joint two-edge fit of the original's CeRu2 project: Ru K (Ru–Ru, Ru–Ce) and Ce L3
 * (Ce–Ru, Ce–Ce, Ce–Ru) share the Ce–Ru distance through the Ru item's tie
 * {@code =fit['CE0074'].r1}, on the original's test BFT files (data/parseq-tests/*.bft) with
 * the project's fit settings and start values. No reference result exists for these BFT
 * files; the test checks that the joint problem is set up and solved as one.
 */
class CeRu2JointFitTest {

    @Test
    void rutheniumAndCeriumEdgesShareTheCeRuDistance() throws IOException {
        Path pspj = ReferenceFits.pspj("CeRu2");
        ExafsItem ru = item("RU0074", "Ru-CeRu2.bft", OriginalProject.section(pspj, "RU0074"));
        ExafsItem ce = item("CE0074", "Ce-CeRu2.bft", OriginalProject.section(pspj, "CE0074"));
        assertEquals("=fit['CE0074'].r1", ru.shells().get(1).r().tie());
        FitResult joint = ExafsFit.fit("RU0074", Map.of("RU0074", ru, "CE0074", ce), null);
        assertTrue(joint.converged(), joint.message());
        assertEquals(List.of("RU0074", "CE0074"), joint.items().stream().map(f -> f.item()).toList());
        double ceRuFromCe = joint.item("CE0074").parameter("r1").value();
        assertEquals(ceRuFromCe, joint.item("RU0074").parameter("r2").value(), 0, "the tied distance");
        assertEquals(joint.item("RU0074").parameter("n1").value(), joint.item("RU0074").parameter("n2").value(), 0,
                "'=n1' is the Ru item's own n1");
        assertEquals(3.1259, ceRuFromCe, 0.05, "near the FEFF distance of the Ce–Ru path");
        assertEquals(2.6658, joint.item("RU0074").parameter("r1").value(), 0.05, "Ru–Ru near its FEFF distance");
        assertEquals(joint.item("CE0074").rFactor(), joint.rFactor(), 0, "the original reports the last item's R");
        for (var f : joint.items()) {
            assertTrue(f.rFactor() < 0.1, f.item() + ": R = " + f.rFactor());
        }
        assertEquals(new ExafsObservations(ru).independentPoints + new ExafsObservations(ce).independentPoints,
                joint.independentPoints(), 1e-12);
        assertEquals(joint.variedNames().size(), joint.correlation().length);
    }

    private static ExafsItem item(String alias, String bftFile, Map<String, Object> section) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.sharedDir().resolve("data/parseq-tests").resolve(bftFile));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split("\\s+");
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
        }
        double[] k = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] bft = rows.stream().mapToDouble(r -> r[1]).toArray();
        List<Object> shellDicts = Literal.list(section.get("exafsfit_params"));
        List<Object> aux = Literal.list(section.get("exafsfit_aux"));
        List<ExafsShell> shells = new ArrayList<>();
        for (int i = 0; i < shellDicts.size() - 1; i++) {
            Map<String, Object> d = Literal.map(shellDicts.get(i));
            List<Object> a = Literal.list(aux.get(i));
            FeffPath path = FeffFileReader.read(ReferenceFits.feffFile((String) a.get(0)), (int) Literal.number(a.get(5)),
                    Literal.number(a.get(3)));
            shells.add(new ExafsShell(path, Literal.number(a.get(6)) != 0,
                    ReferenceFits.parameter("r", Literal.map(d.get("r"))),
                    ReferenceFits.parameter("n", Literal.map(d.get("n"))),
                    ReferenceFits.parameter("s", Literal.map(d.get("s"))),
                    ReferenceFits.parameter("e", Literal.map(d.get("e")))));
        }
        FitParameter s0 = ReferenceFits.parameter("s0",
                Literal.map(Literal.map(shellDicts.get(shellDicts.size() - 1)).get("s0")));
        MakeFtParams ft = new MakeFtParams();
        ft.ftWindowKind = (String) section.get("ftWindowKind");
        ft.ftWindowProp = ReferenceFits.doubles(section.get("ftWindowProp"));
        ft.rmax = Literal.number(section.get("rmax"));
        MakeBftParams bp = new MakeBftParams();
        bp.bftWindowKind = (String) section.get("bftWindowKind");
        bp.bftWindowRange = ReferenceFits.doubles(section.get("bftWindowRange"));
        double[] krange = ReferenceFits.doubles(section.get("krange"));
        return new ExafsItem(alias, k, bft, (int) Literal.number(section.get("kw")), Literal.number(section.get("dk")),
                new Double[] {krange[0], krange[1]}, Literal.number(section.get("datakmax")), ft, bp, shells, s0,
                List.of(), ReferenceFits.doubles(section.get("exafsfit_kRange")), (Boolean) section.get("exafsfit_k_use"),
                ReferenceFits.doubles(section.get("exafsfit_rRange")), (Boolean) section.get("exafsfit_r_use"));
    }
}
