package org.parseq.xas.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.fit.ExpressionParser;
import org.parseq.core.fit.FitException;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.ItemFit;
import org.parseq.core.fit.OriginalFitSettings;
import org.parseq.core.fit.Reference;
import org.parseq.core.pipeline.FitInput;
import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.FitOutcome;
import org.parseq.core.pipeline.FitStartField;
import org.parseq.xas.fit.ExafsFit;
import org.parseq.xas.fit.ExafsItem;
import org.parseq.xas.fit.FeffFileReader;
import org.parseq.xas.fit.FeffHeader;

/**
 * The EXAFS fit of FEFF shells as a fit of the BFT node (xas-algorithms.md §9). Settings, as
 * the original keeps them: {@code params} (one dict per shell {@code {r, n, s, e}}, each
 * {@code {value, step, lim?, tie?}}, then a last dict with {@code s0} and metavariables),
 * {@code aux} (per shell {@code [FEFF file, N, 'A-B', reff, version, header lines, use]}),
 * {@code kRange}, {@code k_use}, {@code rRange}, {@code r_use}. A tie naming another item's
 * parameter ({@code fit['alias'].r1}) makes a joint fit with that item, which starts from its
 * own fitted values when it has a fit of its own; the joint fit's outcome carries each joined
 * item's part ({@link FitOutcome#joined()}), which that item then holds, as in the original.
 */
public final class ExafsFitKind implements FitKind {

    public static final String ID = "exafsfit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "EXAFS fit";
    }

    @Override
    public String defaultNode() {
        return XasNodes.BFT;
    }

    @Override
    public List<String> dataReferences(Map<String, Object> settings) {
        return fitReferences(settings);
    }

    /** The items the ties name, in order of appearance. */
    @Override
    public List<String> fitReferences(Map<String, Object> settings) {
        Set<String> aliases = new LinkedHashSet<>();
        for (Object dict : OriginalFitSettings.list(settings.get("params"), "exafsfit params")) {
            for (Object p : OriginalFitSettings.map(dict, "exafsfit params entry").values()) {
                if (p instanceof Map<?, ?> m && m.get("tie") instanceof String tie && tie.length() > 1
                        && "=<>".indexOf(tie.charAt(0)) >= 0) {
                    try {
                        for (Reference r : ExpressionParser.parse(tie.substring(1)).references()) {
                            if (!r.isLocal()) {
                                aliases.add(r.item());
                            }
                        }
                    } catch (FitException unparsable) {
                        // the fit reports it naming the item and the parameter
                    }
                }
            }
        }
        return List.copyOf(aliases);
    }

    /** FEFF files named relative to the project's folder become absolute; the others stay as written. */
    @Override
    public Map<String, Object> importOriginal(Map<String, Object> settings, Path projectFolder) {
        Map<String, Object> out = new LinkedHashMap<>(settings);
        List<Object> aux = new ArrayList<>();
        for (Object entry : OriginalFitSettings.list(settings.get("aux"), "exafsfit_aux")) {
            List<Object> descriptor = new ArrayList<>(OriginalFitSettings.list(entry, "exafsfit_aux entry"));
            if (!descriptor.isEmpty() && descriptor.get(0) instanceof String file) {
                Path given = Path.of(file);
                Path relative = projectFolder.resolve(given).normalize();
                if (!given.isAbsolute() && (Files.exists(relative) || !Files.exists(given))) {
                    descriptor.set(0, relative.toAbsolutePath().toString());
                }
            }
            aux.add(descriptor);
        }
        if (settings.containsKey("aux")) {
            out.put("aux", aux);
        }
        return out;
    }

    @Override
    public List<FitStartField> startFields() {
        return List.of(new FitStartField("feff", "FEFF paths",
                "feffNNNN.dat files, one shell each, separated by '" + FitStartField.FILE_SEPARATOR + "'", true),
                new FitStartField("kRange", "k range",
                        "The fitted k range 'kmin, kmax' in Å⁻¹, e.g. 3, 14; empty: all BFT points", false));
    }

    /**
     * One shell per FEFF path as the original's GUI adds it: r = reff in [reff/2, 2·reff], n = the
     * path's degeneracy (fixed, in [N/2, 2N]), σ² 0.006 in [0, 0.1], ΔE0 0 in [−15, 15]; S₀² 1, fixed.
     */
    @Override
    public Map<String, Object> startSettings(Map<String, String> fields) {
        String files = fields.getOrDefault("feff", "").strip();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("An EXAFS fit needs FEFF path files (feffNNNN.dat), one per shell:"
                    + " choose them in 'FEFF paths'.");
        }
        List<Object> params = new ArrayList<>();
        List<Object> aux = new ArrayList<>();
        for (String file : files.split("\\s*" + java.util.regex.Pattern.quote(FitStartField.FILE_SEPARATOR) + "\\s*")) {
            FeffHeader h;
            try {
                h = FeffFileReader.header(Path.of(file));
            } catch (FitException | java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            Map<String, Object> shell = new LinkedHashMap<>();
            shell.put("r", parameter(h.reff(), 0.01, List.of(h.reff() / 2, 2 * h.reff()), null));
            shell.put("n", parameter(h.degeneracy(), 0.1, List.of(h.degeneracy() / 2, 2 * h.degeneracy()), "fixed"));
            shell.put("s", parameter(0.006, 0.001, List.of(0.0, 0.1), null));
            shell.put("e", parameter(0.0, 0.1, List.of(-15.0, 15.0), null));
            params.add(shell);
            aux.add(new ArrayList<>(List.of(file, h.degeneracy(), h.atoms(), h.reff(), h.version(), h.headerLines(),
                    1)));
        }
        params.add(Map.of("s0", parameter(1.0, 0.01, List.of(0.5, 1.0), "fixed")));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("params", params);
        settings.put("aux", aux);
        String range = fields.getOrDefault("kRange", "").strip();
        List<Double> k = null;
        if (!range.isEmpty()) {
            String[] ends = range.split("\\s*,\\s*");
            try {
                k = List.of(Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("The k range needs two numbers 'kmin, kmax', not '" + range + "'.");
            }
        }
        return withRange(settings, k);
    }

    private static Map<String, Object> parameter(double value, double step, List<Double> lim, String tie) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("value", value);
        p.put("step", step);
        p.put("lim", lim);
        if (tie != null) {
            p.put("tie", tie);
        }
        return p;
    }

    /** The k range, when it is used ({@code k_use}); otherwise all BFT points are fitted. */
    @Override
    public List<Double> range(Map<String, Object> settings) {
        return Boolean.TRUE.equals(settings.get("k_use")) && settings.get("kRange") instanceof List<?> r
                && r.size() > 1 && r.get(0) instanceof Number a && r.get(1) instanceof Number b
                        ? List.of(a.doubleValue(), b.doubleValue()) : null;
    }

    @Override
    public Map<String, Object> withRange(Map<String, Object> settings, List<Double> range) {
        Map<String, Object> out = new LinkedHashMap<>(settings);
        if (range != null) {
            out.put("kRange", range);
        }
        out.put("k_use", range != null);
        return out;
    }

    @Override
    public FitOutcome fit(FitInput input) {
        Map<String, ExafsItem> available = new LinkedHashMap<>();
        available.put(input.alias(), ExafsSettings.item(input, input.settings()));
        // the original joins the other items in the order of its data tree, not of the ties
        List<FitInput> others = new ArrayList<>();
        for (String alias : participants(input)) {
            others.add(input.other(alias));
        }
        others.sort(java.util.Comparator.comparingInt(FitInput::position));
        for (FitInput other : others) {
            String alias = other.alias();
            Map<String, Object> settings = other.settings();
            if (settings.isEmpty()) {
                throw new FitException("item '" + input.alias() + "': a tie refers to item '" + alias
                        + "', which has no EXAFS fit");
            }
            Map<String, Object> start = other.fitted()
                    .map(o -> withParams(settings, o.report().get(ID + "_params"))).orElse(settings);
            available.put(alias, ExafsSettings.item(other, start));
        }
        FitResult result = ExafsFit.fit(input.alias(), available, null);
        // as in the original, every item of a joint fit ends up holding the joint result
        Map<String, FitOutcome> joined = new LinkedHashMap<>();
        for (FitInput other : others) {
            FitResult seen = result.seenFrom(other.alias());
            joined.put(other.alias(), new FitOutcome(seen, curves(other, seen), report(other.settings(), seen)));
        }
        return new FitOutcome(result, curves(input, result), report(input.settings(), result), joined);
    }

    /** The model, residual and model FT of the result's first item on its BFT points. */
    private static Map<String, double[]> curves(FitInput input, FitResult result) {
        ItemFit mine = result.first();
        Map<String, double[]> arrays = new LinkedHashMap<>();
        double[] bft = input.array("bft");
        double[] model = mine.curves().get("bftfit");
        double[] residual = new double[bft.length];
        for (int i = 0; i < bft.length; i++) {
            residual[i] = bft[i] - model[i];
        }
        arrays.put(ID + "_bftfit", model);
        arrays.put(ID + "_residual", residual);
        arrays.put(ID + "_ftfit", mine.curves().get("ftfit"));
        return arrays;
    }

    /** Every item the started one joins, following the ties of the items it names. */
    private List<String> participants(FitInput input) {
        Set<String> order = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(fitReferences(input.settings()));
        while (!pending.isEmpty()) {
            String alias = pending.remove(0);
            if (alias.equals(input.alias()) || !order.add(alias)) {
                continue;
            }
            FitInput other;
            try {
                other = input.other(alias);
            } catch (IllegalArgumentException e) {
                throw new FitException("item '" + input.alias() + "': a tie refers to item '" + alias + "': "
                        + e.getMessage(), e);
            }
            pending.addAll(fitReferences(other.settings()));
        }
        return List.copyOf(order);
    }

    private static Map<String, Object> withParams(Map<String, Object> settings, Object params) {
        Map<String, Object> out = new LinkedHashMap<>(settings);
        if (params != null) {
            out.put("params", params);
        }
        return out;
    }

    /**
     * exafsfit_params with each parameter's fitted value and, for the varied ones, error (the
     * optimizer's), errorA and errorB (§9.6); the k and r ranges; exafsfit_result.
     */
    private static Map<String, Object> report(Map<String, Object> settings, FitResult result) {
        ItemFit mine = result.first();
        List<?> dicts = OriginalFitSettings.list(settings.get("params"), "exafsfit params");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < dicts.size(); i++) {
            Map<String, Object> dict = OriginalFitSettings.map(dicts.get(i), "exafsfit params entry");
            boolean last = i == dicts.size() - 1;
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : dict.entrySet()) {
                String name = last ? e.getKey() : e.getKey() + (i + 1);
                FittedParameter p = mine.parameter(name);
                out.put(e.getKey(), p == null ? e.getValue() : fitted(e.getValue(), p));
            }
            params.add(out);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put(ID + "_params", params);
        report.put(ID + "_aux", settings.get("aux"));
        report.put(ID + "_kRange", settings.get("kRange"));
        report.put(ID + "_k_use", settings.get("k_use"));
        report.put(ID + "_rRange", settings.get("rRange"));
        report.put(ID + "_r_use", settings.get("r_use"));
        report.put(ID + "_result", OriginalFitSettings.result(result));
        return report;
    }

    private static Map<String, Object> fitted(Object dict, FittedParameter p) {
        Map<String, Object> out = OriginalFitSettings.fitted(dict, p);
        out.remove("errorA");
        out.remove("errorB");
        if (p.varied()) {
            if (!Double.isNaN(p.errorA())) {
                out.put("errorA", p.errorA());
            }
            if (!Double.isNaN(p.errorB())) {
                out.put("errorB", p.errorB());
            }
        } else {
            out.remove("error");
        }
        return out;
    }
}
