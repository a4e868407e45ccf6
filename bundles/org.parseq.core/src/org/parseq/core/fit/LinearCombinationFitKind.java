package org.parseq.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.FitInput;
import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.FitOutcome;
import org.parseq.core.pipeline.FitStartField;

/**
 * The linear combination fit as a fit of a node (xas-algorithms.md §7): the item's y over x
 * is modelled by other items' y at the same node, weighted and shifted in x. Settings, as the
 * original keeps them: {@code params} (list of {@code {name, use, w, wBounds, dx, dxBounds,
 * wtie?, dxtie?}}; an entry with {@code isMeta} is a metavariable: {@code name}, value
 * {@code w}, bounds {@code wBounds}, tie {@code wtie}), {@code xRange} ([min, max], null for all
 * points); ours besides: {@code sumToOne} (ties the last weight to 1 − the others, default
 * false), {@code fitShifts} (default true) and {@code maxEvaluations} (0: the original's limit).
 */
public final class LinearCombinationFitKind implements FitKind {

    public static final String ID = "lcf";

    private final String node;
    private final String xArray;
    private final String yArray;
    private final String preEdgeArray;
    private final String postEdgeArray;

    /**
     * @param preEdgeArray, postEdgeArray arrays of the node the pinhole model needs (null where
     *                                    the node has none: that model is then refused)
     */
    public LinearCombinationFitKind(String node, String xArray, String yArray, String preEdgeArray,
            String postEdgeArray) {
        this.node = node;
        this.xArray = xArray;
        this.yArray = yArray;
        this.preEdgeArray = preEdgeArray;
        this.postEdgeArray = postEdgeArray;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "linear combination fit";
    }

    @Override
    public String defaultNode() {
        return node;
    }

    @Override
    public List<String> dataReferences(Map<String, Object> settings) {
        List<String> names = new ArrayList<>();
        for (Object entry : OriginalFitSettings.list(settings.get("params"), "lcf params")) {
            Map<String, Object> c = OriginalFitSettings.map(entry, "lcf params entry");
            if (!OriginalFitSettings.bool(c.get("isMeta"), false, "isMeta")
                    && OriginalFitSettings.bool(c.get("use"), true, "use") && c.get("name") instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    @Override
    public List<FitStartField> startFields() {
        return List.of(new FitStartField("references", "references",
                "The aliases of the reference items, separated by commas, e.g. cu2o, cuo", false));
    }

    /** Equal weights in [0, 1] and shifts in [−1, 1] over the named references (the original's new entries). */
    @Override
    public Map<String, Object> startSettings(Map<String, String> fields) {
        String names = fields.getOrDefault("references", "").strip();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("An LCF needs reference items: type their aliases, separated by"
                    + " commas, in 'references'.");
        }
        List<String> given = List.of(names.split("\\s*,\\s*"));
        List<Object> params = new ArrayList<>();
        for (String name : given) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("use", true);
            entry.put("w", 1.0 / given.size());
            entry.put("wBounds", List.of(0.0, 1.0, 0.01));
            entry.put("dx", 0.0);
            entry.put("dxBounds", List.of(-1.0, 1.0, 0.01));
            params.add(entry);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("params", params);
        return settings;
    }

    @Override
    public FitOutcome fit(FitInput input) {
        String item = input.alias();
        Map<String, Object> settings = input.settings();
        List<?> entries = OriginalFitSettings.list(settings.get("params"), "item '" + item + "': lcf params");
        List<LinearCombinationFit.Component> components = new ArrayList<>();
        List<FitParameter> metas = new ArrayList<>();
        Map<String, Curve> references = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String what = "item '" + item + "': lcf params[" + i + "]";
            Map<String, Object> c = OriginalFitSettings.map(entries.get(i), what);
            String name = OriginalFitSettings.text(c.get("name"), what + ".name");
            if (OriginalFitSettings.bool(c.get("isMeta"), false, what + ".isMeta")) {
                metas.add(parameter(name, c, "w", what));
                continue;
            }
            boolean use = OriginalFitSettings.bool(c.get("use"), true, what + ".use");
            components.add(new LinearCombinationFit.Component(name, use, parameter("w", c, "w", what),
                    parameter("dx", c, "dx", what)));
            if (use) {
                references.put(name, reference(input, name));
            }
        }
        double[] range = OriginalFitSettings.range(settings.get("xRange"), "item '" + item + "': lcf xRange");
        LinearCombinationFit.Settings fitSettings = new LinearCombinationFit.Settings(components, range[0], range[1],
                OriginalFitSettings.bool(settings.get("sumToOne"), false, "sumToOne"),
                OriginalFitSettings.bool(settings.get("fitShifts"), true, "fitShifts"), metas,
                OriginalFitSettings.solver(settings, "item '" + item + "': lcf"));
        boolean pinhole = metas.stream().anyMatch(m -> m.name().equals(LinearCombinationFit.PINHOLE));
        double[] pre = pinhole && preEdgeArray != null ? input.array(preEdgeArray) : null;
        double[] post = pinhole && postEdgeArray != null ? input.array(postEdgeArray) : null;
        FitResult result = LinearCombinationFit.fit(new LinearCombinationFit.Input(item,
                new Curve(input.array(xArray), input.array(yArray)), references, pre, post), fitSettings);
        return new FitOutcome(result, prefixed(result.first().curves()), report(entries, settings, result));
    }

    private Curve reference(FitInput input, String name) {
        try {
            FitInput other = input.other(name);
            return new Curve(other.array(xArray), other.array(yArray));
        } catch (IllegalArgumentException e) {
            throw new FitException("item '" + input.alias() + "': reference '" + name + "': " + e.getMessage(), e);
        }
    }

    private static FitParameter parameter(String name, Map<String, Object> c, String key, String what) {
        double value = OriginalFitSettings.number(c.get(key), Double.NaN, what + "." + key);
        if (Double.isNaN(value)) {
            throw new FitException(what + " has no value '" + key + "'");
        }
        double[] bounds = OriginalFitSettings.bounds(c.get(key + "Bounds"), what + "." + key + "Bounds");
        String tie = OriginalFitSettings.text(c.get(key + "tie"), what + "." + key + "tie");
        return new FitParameter(name, value, bounds[0], bounds[1], false, tie, Double.NaN);
    }

    private static Map<String, double[]> prefixed(Map<String, double[]> curves) {
        Map<String, double[]> out = new LinkedHashMap<>();
        curves.forEach((name, values) -> out.put(ID + "_" + name, values));
        return out;
    }

    /** lcf_params with w, wError, dx, dxError of the used references, lcf_xRange, lcf_result. */
    private static Map<String, Object> report(List<?> entries, Map<String, Object> settings, FitResult result) {
        ItemFit fitted = result.first();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> c = new LinkedHashMap<>(OriginalFitSettings.map(entries.get(i), "lcf params"));
            String name = String.valueOf(c.get("name"));
            boolean meta = OriginalFitSettings.bool(c.get("isMeta"), false, "isMeta");
            FittedParameter w = fitted.parameter(meta ? name : "w" + (i + 1));
            FittedParameter dx = meta ? null : fitted.parameter("dx" + (i + 1));
            if (w != null) {
                c.put("w", w.value());
                putError(c, "wError", w);
            }
            if (dx != null) {
                c.put("dx", dx.value());
                putError(c, "dxError", dx);
            }
            params.add(c);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("lcf_params", params);
        report.put("lcf_xRange", settings.get("xRange"));
        report.put("lcf_result", OriginalFitSettings.result(result));
        return report;
    }

    private static void putError(Map<String, Object> c, String key, FittedParameter p) {
        if (p.varied() && Double.isFinite(p.error())) {
            c.put(key, p.error());
        }
    }
}
