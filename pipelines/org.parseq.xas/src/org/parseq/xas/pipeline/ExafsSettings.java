package org.parseq.xas.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.core.fit.FitException;
import org.parseq.core.fit.FitParameter;
import org.parseq.core.fit.OriginalFitSettings;
import org.parseq.core.pipeline.FitInput;
import org.parseq.xas.fit.ExafsItem;
import org.parseq.xas.fit.ExafsShell;
import org.parseq.xas.fit.FeffFileReader;
import org.parseq.xas.fit.FeffPath;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeFtParams;

/**
 * An item's share of an EXAFS fit from what the engine gives: its BFT arrays, its make chi,
 * FT and BFT parameters, and the fit settings in the original's structure. Every problem
 * names the item and the setting or shell.
 */
final class ExafsSettings {

    private ExafsSettings() {
    }

    static ExafsItem item(FitInput input, Map<String, Object> settings) {
        String alias = input.alias();
        String where = "item '" + alias + "': exafsfit ";
        List<?> dicts = OriginalFitSettings.list(settings.get("params"), where + "params");
        List<?> aux = OriginalFitSettings.list(settings.get("aux"), where + "aux");
        if (dicts.isEmpty()) {
            throw new FitException(where + "params: no shell");
        }
        if (aux.size() != dicts.size() - 1) {
            throw new FitException(where + "aux: " + aux.size() + " FEFF files for " + (dicts.size() - 1)
                    + " shells");
        }
        List<ExafsShell> shells = new ArrayList<>();
        for (int i = 0; i < dicts.size() - 1; i++) {
            String shell = where + "shell " + (i + 1);
            Map<String, Object> d = OriginalFitSettings.map(dicts.get(i), shell);
            List<?> a = OriginalFitSettings.list(aux.get(i), shell + " aux");
            if (a.size() < 7) {
                throw new FitException(shell + " aux: needs [file, N, 'A-B', reff, version, header lines, use], not "
                        + a);
            }
            String file = OriginalFitSettings.text(a.get(0), shell + " FEFF file");
            FeffPath path;
            try {
                path = FeffFileReader.read(Path.of(file), (int) OriginalFitSettings.number(a.get(5), 0,
                        shell + " header lines"), OriginalFitSettings.number(a.get(3), Double.NaN, shell + " reff"));
            } catch (RuntimeException e) {
                throw new FitException(shell + ": FEFF file " + file + ": " + e.getMessage(), e);
            }
            boolean use = OriginalFitSettings.number(a.get(6), 1, shell + " use") != 0;
            shells.add(new ExafsShell(path, use, parameter(d, "r", shell), parameter(d, "n", shell),
                    parameter(d, "s", shell), parameter(d, "e", shell)));
        }
        Map<String, Object> last = OriginalFitSettings.map(dicts.get(dicts.size() - 1), where + "params (last entry)");
        if (!last.containsKey("s0")) {
            throw new FitException(where + "params: the last entry needs 's0'");
        }
        FitParameter s0 = OriginalFitSettings.parameter("s0", last.get("s0"), where + "parameter 's0'");
        List<FitParameter> metas = new ArrayList<>();
        for (Map.Entry<String, Object> e : last.entrySet()) {
            if (!e.getKey().equals("s0")) {
                metas.add(OriginalFitSettings.parameter(e.getKey(), e.getValue(),
                        where + "parameter '" + e.getKey() + "'"));
            }
        }
        Map<String, Object> p = input.parameters();
        MakeFtParams ft = new MakeFtParams();
        ft.ftWindowKind = String.valueOf(p.get("ftWindowKind"));
        ft.ftWindowProp = ParameterLists.reals(reals(p.get("ftWindowProp")), 2, "ftWindowProp");
        ft.rmax = OriginalFitSettings.number(p.get("rmax"), ft.rmax, "rmax");
        ft.forceFT0 = OriginalFitSettings.bool(p.get("forceFT0"), ft.forceFT0, "forceFT0");
        MakeBftParams bft = new MakeBftParams();
        bft.bftWindowKind = String.valueOf(p.get("bftWindowKind"));
        bft.bftWindowRange = ParameterLists.realsOrNull(reals(p.get("bftWindowRange")), 2, "bftWindowRange");
        bft.bftWindowWidth = OriginalFitSettings.number(p.get("bftWindowWidth"), bft.bftWindowWidth, "bftWindowWidth");
        double[] bftk = input.array("bftk");
        double datakmax = input.scalar("datakmax").orElse(bftk[bftk.length - 1]);
        return new ExafsItem(alias, bftk, input.array("bft"),
                (int) OriginalFitSettings.number(p.get("kw"), 2, "kw"),
                OriginalFitSettings.number(p.get("dk"), 0.025, "dk"),
                ParameterLists.range(reals(p.get("krange")), "krange"), datakmax, ft, bft, shells, s0, metas,
                range(settings.get("kRange"), bftk), OriginalFitSettings.bool(settings.get("k_use"), false,
                        where + "k_use"),
                range(settings.get("rRange"), null), OriginalFitSettings.bool(settings.get("r_use"), false,
                        where + "r_use"));
    }

    private static FitParameter parameter(Map<String, Object> shell, String name, String where) {
        if (!shell.containsKey(name)) {
            throw new FitException(where + ": no parameter '" + name + "'");
        }
        return OriginalFitSettings.parameter(name, shell.get(name), where + " parameter '" + name + "'");
    }

    @SuppressWarnings("unchecked")
    private static List<Double> reals(Object value) {
        if (value instanceof List<?> list) {
            List<Double> out = new ArrayList<>();
            for (Object o : list) {
                out.add(o == null ? Double.NaN : ((Number) o).doubleValue());
            }
            return out;
        }
        return value == null ? List.of() : (List<Double>) value;
    }

    /** A fit range; when absent, the data's whole k range (or [0, 0] for r, unused then). */
    private static double[] range(Object value, double[] whole) {
        double[] r = OriginalFitSettings.range(value, "range");
        if (Double.isNaN(r[0]) || Double.isNaN(r[1])) {
            return whole == null ? new double[] {0, 0} : new double[] {whole[0], whole[whole.length - 1]};
        }
        return r;
    }
}
