package org.parseq.xas.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.numerics.MakeFtParams;

/** One item of the original's reference results: raw input, parameters and expected outputs. */
final class ReferenceItem {

    final String name;
    final Path dir;
    final Map<String, Object> params;
    final Map<String, Object> transformParams;

    ReferenceItem(Path dir) {
        this.dir = dir;
        this.name = dir.getParent().getFileName() + "/" + dir.getFileName();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) Json.parse(
                    Files.readString(dir.resolve("params.json"), StandardCharsets.UTF_8));
            this.params = p;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tp = (Map<String, Object>) params.get("transformParams");
        this.transformParams = tp;
    }

    /** Item folders below reference/parseq-xas/&lt;subdir&gt; (two levels: group/item). */
    static List<ReferenceItem> under(String subdir) {
        Path root = SharedData.referenceDir().resolve(subdir);
        try (Stream<Path> s = Files.walk(root, 2)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("params.json")))
                    .sorted().map(ReferenceItem::new).toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    double[][] table(String file) {
        return SharedData.readColumns(dir.resolve(file));
    }

    boolean entersAtMu() {
        return "µd".equals(params.get("originNodeName"));
    }

    double scalar(String key) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) params.get("scalars");
        return ((Number) s.get(key)).doubleValue();
    }

    @Override
    public String toString() {
        return name;
    }

    MakeChiParams chiParams() {
        return chiParams(transformParams);
    }

    /** The original's transform parameters (JSON or .pspj literals) as make-chi parameters. */
    static MakeChiParams chiParams(Map<String, Object> t) {
        MakeChiParams p = new MakeChiParams();
        p.e0Smooth = bool(t, "e0Smooth", p.e0Smooth);
        p.e0SmoothN = integer(t, "e0SmoothN", p.e0SmoothN);
        p.e0Where = doubles(t, "e0Where", p.e0Where);
        p.e0Method = integer(t, "e0Method", p.e0Method);
        p.useERefCurve = bool(t, "useERefCurve", p.useERefCurve);
        p.needECalibration = bool(t, "needECalibration", p.needECalibration);
        p.eCalibrationMethod = integer(t, "eCalibrationMethod", p.eCalibrationMethod);
        p.eRef = number(t, "eRef", p.eRef);
        p.eShift = number(t, "eShift", p.eShift);
        p.eShiftKind = integer(t, "eShiftKind", p.eShiftKind);
        p.rebinNeeded = bool(t, "rebinNeeded", p.rebinNeeded);
        if (t.get("rebinRegions") instanceof Map<?, ?> rr) {
            p.rebinRegions.deltas = toDoubles((List<?>) rr.get("deltas"));
            p.rebinRegions.splitters = toDoubles((List<?>) rr.get("splitters"));
        }
        p.preedgeWhere = doubles(t, "preedgeWhere", p.preedgeWhere);
        p.preedgeExps = ints(t, "preedgeExps", p.preedgeExps);
        p.pinholeCorrectionNeeded = bool(t, "pinholeCorrectionNeeded", p.pinholeCorrectionNeeded);
        p.selfAbsorptionCorrectionNeeded = bool(t, "selfAbsorptionCorrectionNeeded", p.selfAbsorptionCorrectionNeeded);
        p.postedgeWhere = doubles(t, "postedgeWhere", p.postedgeWhere);
        p.postedgeExps = ints(t, "postedgeExps", p.postedgeExps);
        p.mu0PriorIncludeWhiteLine = bool(t, "mu0PriorIncludeWhiteLine", p.mu0PriorIncludeWhiteLine);
        p.mu0PriorVScale = number(t, "mu0PriorVScale", p.mu0PriorVScale);
        p.mu0PriorSmoothN = integer(t, "mu0PriorSmoothN", p.mu0PriorSmoothN);
        p.mu0method = integer(t, "mu0method", p.mu0method);
        p.mu0knots = integer(t, "mu0knots", p.mu0knots);
        p.mu0kpow = integer(t, "mu0kpow", p.mu0kpow);
        p.ftMinimize = bool(t, "ftMinimize", p.ftMinimize);
        p.ftMinNKnots = integer(t, "ftMinNKnots", p.ftMinNKnots);
        p.ftMinRange = doubles(t, "ftMinRange", p.ftMinRange);
        p.mu0smoothingFactor = number(t, "mu0smoothingFactor", p.mu0smoothingFactor);
        p.kw = integer(t, "kw", p.kw);
        if (t.get("krange") instanceof List<?> kr) {
            p.krange = new Double[] {toDouble(kr.get(0)), toDouble(kr.get(1))};
        }
        p.dk = number(t, "dk", p.dk);
        p.denoiseNeeded = bool(t, "denoiseNeeded", p.denoiseNeeded);
        p.denoiseOrder = integer(t, "denoiseOrder", p.denoiseOrder);
        p.denoiseFrequency = number(t, "denoiseFrequency", p.denoiseFrequency);
        return p;
    }

    MakeFtParams ftParams() {
        return ftParams(transformParams);
    }

    static MakeFtParams ftParams(Map<String, Object> transformParams) {
        MakeFtParams p = new MakeFtParams();
        p.ftWindowKind = (String) transformParams.getOrDefault("ftWindowKind", p.ftWindowKind);
        p.ftWindowProp = doubles(transformParams, "ftWindowProp", p.ftWindowProp);
        p.rmax = number(transformParams, "rmax", p.rmax);
        p.forceFT0 = bool(transformParams, "forceFT0", p.forceFT0);
        return p;
    }

    MakeBftParams bftParams() {
        return bftParams(transformParams);
    }

    static MakeBftParams bftParams(Map<String, Object> transformParams) {
        MakeBftParams p = new MakeBftParams();
        p.bftWindowKind = (String) transformParams.getOrDefault("bftWindowKind", p.bftWindowKind);
        p.bftWindowRange = transformParams.containsKey("bftWindowRange") && transformParams.get("bftWindowRange") == null
                ? null : doubles(transformParams, "bftWindowRange", p.bftWindowRange);
        p.bftWindowWidth = number(transformParams, "bftWindowWidth", p.bftWindowWidth);
        return p;
    }

    private static boolean bool(Map<String, Object> t, String key, boolean def) {
        Object v = t.get(key);
        return v instanceof Boolean b ? b : def;
    }

    private static int integer(Map<String, Object> t, String key, int def) {
        Object v = t.get(key);
        return v instanceof Number n ? n.intValue() : def;
    }

    private static double number(Map<String, Object> t, String key, double def) {
        Object v = t.get(key);
        return v instanceof Number n ? n.doubleValue() : def;
    }

    private static double[] doubles(Map<String, Object> t, String key, double[] def) {
        Object v = t.get(key);
        return v instanceof List<?> l ? toDoubles(l) : def;
    }

    private static int[] ints(Map<String, Object> t, String key, int[] def) {
        Object v = t.get(key);
        if (!(v instanceof List<?> l)) {
            return def;
        }
        return l.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }

    static double[] toDoubles(List<?> l) {
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            Double d = toDouble(l.get(i));
            out[i] = d == null ? Double.NaN : d;
        }
        return out;
    }

    static Double toDouble(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        String s = o.toString().strip().toLowerCase();
        if (s.equals("inf") || s.equals("+inf") || s.equals("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (s.equals("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }
}
