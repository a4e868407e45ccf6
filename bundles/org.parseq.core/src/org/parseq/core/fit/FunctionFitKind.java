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
 * The function fit as a fit of a node (xas-algorithms.md §8): a formula in x and named
 * parameters fitted to the item's y over x. Settings, as the original keeps them:
 * {@code formula}, {@code params} (name → {@code {value, step?, lim?, tie?}}, in order),
 * {@code xRange} ([min, max], null for all points); ours besides: {@code maxEvaluations}.
 */
public final class FunctionFitKind implements FitKind {

    public static final String ID = "ffit";

    private final String node;
    private final String xArray;
    private final String yArray;

    public FunctionFitKind(String node, String xArray, String yArray) {
        this.node = node;
        this.xArray = xArray;
        this.yArray = yArray;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "function fit";
    }

    @Override
    public String defaultNode() {
        return node;
    }

    @Override
    public List<String> dataReferences(Map<String, Object> settings) {
        return List.of();
    }

    @Override
    public List<FitStartField> startFields() {
        return List.of(new FitStartField("formula", "formula",
                "A formula in x and named parameters, e.g. a*gau(x, x0, s) + b", false),
                new FitStartField("parameters", "parameters",
                        "The parameters' start values, name=value separated by commas, e.g. a=1, x0=8980, s=3, b=0",
                        false));
    }

    @Override
    public Map<String, Object> startSettings(Map<String, String> fields) {
        String formula = fields.getOrDefault("formula", "").strip();
        if (formula.isEmpty()) {
            throw new IllegalArgumentException("A function fit needs a formula in x and its parameters.");
        }
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        String given = fields.getOrDefault("parameters", "").strip();
        for (String assignment : given.isEmpty() ? new String[0] : given.split("\\s*,\\s*")) {
            String[] parts = assignment.split("=", 2);
            try {
                params.put(parts[0].strip(), Map.of("value", Double.parseDouble(parts[1].strip())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Function fit parameter '" + assignment
                        + "': write name=start value, e.g. x0=8980.");
            }
        }
        if (params.isEmpty()) {
            throw new IllegalArgumentException("A function fit needs its parameters' start values in"
                    + " 'parameters': name=value, separated by commas.");
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("formula", formula);
        settings.put("params", params);
        return settings;
    }

    @Override
    public FitOutcome fit(FitInput input) {
        String item = input.alias();
        Map<String, Object> settings = input.settings();
        String formula = OriginalFitSettings.text(settings.get("formula"), "item '" + item + "': ffit formula");
        if (formula.isBlank()) {
            throw new FitException("item '" + item + "': the function fit has no formula");
        }
        Map<String, Object> dicts = OriginalFitSettings.map(settings.get("params"), "item '" + item + "': ffit params");
        List<FitParameter> parameters = new ArrayList<>();
        dicts.forEach((name, dict) -> parameters.add(
                OriginalFitSettings.parameter(name, dict, "item '" + item + "': ffit parameter '" + name + "'")));
        double[] range = OriginalFitSettings.range(settings.get("xRange"), "item '" + item + "': ffit xRange");
        FitResult result = FunctionFit.fit(item, new Curve(input.array(xArray), input.array(yArray)),
                new FunctionFit.Settings(formula, parameters, range[0], range[1],
                        OriginalFitSettings.solver(settings, "item '" + item + "': ffit")));
        Map<String, double[]> curves = new LinkedHashMap<>();
        result.first().curves().forEach((name, values) -> curves.put(ID + "_" + name, values));
        Map<String, Object> fitted = new LinkedHashMap<>();
        dicts.forEach((name, dict) -> fitted.put(name, OriginalFitSettings.fitted(dict, result.first().parameter(name))));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("ffit_formula", formula);
        report.put("ffit_params", fitted);
        report.put("ffit_xRange", settings.get("xRange"));
        report.put("ffit_result", OriginalFitSettings.result(result));
        return new FitOutcome(result, curves, report);
    }
}
