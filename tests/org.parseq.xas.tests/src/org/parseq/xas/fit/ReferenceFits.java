package org.parseq.xas.fit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.core.fit.FitParameter;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeFtParams;
import org.parseq.xas.tests.SharedData;

/**
 * Builds fit inputs from the shared material: the original's saved node arrays and
 * parameters (reference/parseq-xas/projects/&lt;project&gt;/&lt;item&gt;), its fit settings and
 * start values (the .pspj project the reference fits were re-run from), and FEFF files.
 */
final class ReferenceFits {

    private ReferenceFits() {
    }

    static Path projectDir(String project) {
        return SharedData.referenceDir().resolve("projects").resolve(project);
    }

    static Path pspj(String project) {
        return SharedData.sharedDir().resolve("data/parseq-xas/saved").resolve(project + ".pspj");
    }

    static Map<String, Object> params(Path itemDir) {
        try {
            return Literal.map(Literal.parse(Files.readString(itemDir.resolve("params.json"), StandardCharsets.UTF_8)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The original's fit parameter dict {value, lim?, tie?} as a FitParameter. */
    static FitParameter parameter(String name, Map<String, Object> p) {
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        if (p.get("lim") instanceof List<?> lim) {
            min = Literal.number(lim.get(0));
            max = Literal.number(lim.get(1));
        }
        String tie = p.get("tie") instanceof String t ? t : "";
        return new FitParameter(name, Literal.number(p.get("value")), min, max, false, tie, Double.NaN);
    }

    /** A FEFF path named in the original's project ("../data/…" is relative to its saved/ folder). */
    static Path feffFile(String projectPath) {
        String rel = projectPath.startsWith("../data/") ? projectPath.substring("../data/".length()) : projectPath;
        return SharedData.sharedDir().resolve("data/parseq-xas").resolve(rel);
    }

    /**
     * An item's EXAFS fit input: BFT arrays and transform parameters from the reference folder,
     * fit settings and start values from {@code fit} (the project section's exafsfit_* keys).
     */
    static ExafsItem exafsItem(String alias, Path itemDir, Map<String, Object> fit) {
        Map<String, Object> tp = Literal.map(params(itemDir).get("transformParams"));
        double[][] bft = SharedData.readColumns(itemDir.resolve("4_bft.txt.gz"));
        List<Object> shellDicts = Literal.list(fit.get("exafsfit_params"));
        List<Object> aux = Literal.list(fit.get("exafsfit_aux"));
        List<ExafsShell> shells = new ArrayList<>();
        for (int i = 0; i < shellDicts.size() - 1; i++) {
            Map<String, Object> d = Literal.map(shellDicts.get(i));
            List<Object> a = Literal.list(aux.get(i));
            FeffPath path = FeffFileReader.read(feffFile((String) a.get(0)), (int) Literal.number(a.get(5)),
                    Literal.number(a.get(3)));
            shells.add(new ExafsShell(path, Literal.number(a.get(6)) != 0, parameter("r", Literal.map(d.get("r"))),
                    parameter("n", Literal.map(d.get("n"))), parameter("s", Literal.map(d.get("s"))),
                    parameter("e", Literal.map(d.get("e")))));
        }
        Map<String, Object> last = Literal.map(shellDicts.get(shellDicts.size() - 1));
        FitParameter s0 = parameter("s0", Literal.map(last.get("s0")));
        List<FitParameter> metas = new ArrayList<>();
        for (Map.Entry<String, Object> e : last.entrySet()) {
            if (!e.getKey().equals("s0")) {
                metas.add(parameter(e.getKey(), Literal.map(e.getValue())));
            }
        }
        MakeFtParams ft = new MakeFtParams();
        ft.ftWindowKind = (String) tp.get("ftWindowKind");
        ft.ftWindowProp = doubles(tp.get("ftWindowProp"));
        ft.rmax = Literal.number(tp.get("rmax"));
        ft.forceFT0 = (Boolean) tp.get("forceFT0");
        MakeBftParams bp = new MakeBftParams();
        bp.bftWindowKind = (String) tp.get("bftWindowKind");
        bp.bftWindowRange = tp.get("bftWindowRange") == null ? null : doubles(tp.get("bftWindowRange"));
        bp.bftWindowWidth = Literal.number(tp.get("bftWindowWidth"));
        List<Object> kr = Literal.list(tp.get("krange"));
        Double[] krange = {kr.get(0) == null ? null : Literal.number(kr.get(0)),
                kr.get(1) == null ? null : Literal.number(kr.get(1))};
        return new ExafsItem(alias, bft[0], bft[1], (int) Literal.number(tp.get("kw")), Literal.number(tp.get("dk")),
                krange, Literal.number(tp.get("datakmax")), ft, bp, shells, s0, metas,
                doubles(fit.get("exafsfit_kRange")), (Boolean) fit.get("exafsfit_k_use"),
                doubles(fit.get("exafsfit_rRange")), (Boolean) fit.get("exafsfit_r_use"));
    }

    static double[] doubles(Object list) {
        return Literal.list(list).stream().mapToDouble(Literal::number).toArray();
    }
}
