package org.parseq.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parseq.core.combine.ConcentrationBound;
import org.parseq.core.combine.InitialSpectrum;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.CombinationKind;
import org.parseq.model.CombineSettings;
import org.parseq.model.data.DataItem;

/**
 * One {@code --combine KIND@NODE[:key=value,...]} (docs/batch.md): which combination of all
 * input items, at which node, with which settings. Parsed against the pipeline before anything
 * is computed; every bad value is a {@link UsageException} naming the option and the key.
 *
 * @param spec the option as given, for messages
 * @param keys the settings by key, in the order given
 */
record CombineRequest(String spec, CombinationKind kind, NodeDefinition node, Map<String, String> keys) {

    private static final Pattern COMPONENT_KEY = Pattern.compile("(s|c)(\\d+)(positive|max|min|zero)?");
    private static final Set<String> RANGE_KEYS = Set.of("n", "array", "xmin", "xmax");

    /** What the request makes of the input items. */
    record Resolved(List<DataItem> items, CombineSettings settings, boolean interpolate, int basisSize) {
    }

    static CombineRequest parse(String spec, PipelineDefinition pipeline) throws UsageException {
        int at = spec.indexOf('@');
        if (at <= 0 || at == spec.length() - 1) {
            throw new UsageException("--combine " + spec + ": expected KIND@NODE[:key=value,...], e.g. pca@µd:n=3");
        }
        CombinationKind kind;
        try {
            kind = CombinationKind.byId(spec.substring(0, at).strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--combine " + spec + ": " + e.getMessage());
        }
        String rest = spec.substring(at + 1);
        int colon = rest.indexOf(':');
        String nodeName = (colon < 0 ? rest : rest.substring(0, colon)).strip();
        NodeDefinition node = pipeline.nodeByIdOrName(nodeName).orElseThrow(() -> new UsageException("--combine "
                + spec + ": pipeline '" + pipeline.id() + "' has no node '" + nodeName + "'"));
        Map<String, String> keys = new LinkedHashMap<>();
        if (colon >= 0 && !rest.substring(colon + 1).isBlank()) {
            for (String pair : rest.substring(colon + 1).split(",")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new UsageException("--combine " + spec + ": '" + pair.strip() + "' is not key=value");
                }
                String key = pair.substring(0, equals).strip();
                if (keys.put(key, pair.substring(equals + 1).strip()) != null) {
                    throw new UsageException("--combine " + spec + ": key " + key + " is given twice");
                }
            }
        }
        CombineRequest request = new CombineRequest(spec, kind, node, keys);
        request.checkKeys();
        return request;
    }

    private void checkKeys() throws UsageException {
        for (String key : keys.keySet()) {
            boolean known = switch (kind) {
                case AVERAGE, SUM, RMS -> key.equals("interpolate");
                case PCA_CLASSIC, PCA_CUMULATIVE -> key.equals("interpolate") || RANGE_KEYS.contains(key);
                case TARGET_TRANSFORMATION -> key.equals("interpolate") || key.equals("basis");
                case MCR_ALS -> key.equals("interpolate") || RANGE_KEYS.contains(key) || key.equals("seed")
                        || key.equals("maxIterations") || COMPONENT_KEY.matcher(key).matches();
            };
            if (!known) {
                throw problem(key, "not a setting of " + kind.id() + "; its settings: " + settingsOf(kind));
            }
        }
        bool("interpolate");
        String array = keys.get("array");
        if (array != null && node.arrays().stream().noneMatch(a -> a.name().equals(array) && a.role().isCurve())) {
            throw problem("array", "node '" + node.name() + "' has no curve '" + array + "'; its curves: "
                    + node.arrays().stream().filter(a -> a.role().isCurve()).map(a -> a.name()).toList());
        }
        if (kind.isPca() || kind == CombinationKind.MCR_ALS) {
            if (!keys.containsKey("n")) {
                throw new UsageException("--combine " + spec + ": n, the number of components, is required");
            }
            int n = integer("n", 1);
            number("xmin");
            number("xmax");
            if (keys.containsKey("xmin") && keys.containsKey("xmax") && !(number("xmin") <= number("xmax"))) {
                throw problem("xmax", "must not be below xmin " + keys.get("xmin"));
            }
            if (kind == CombinationKind.MCR_ALS) {
                checkComponentKeys(n);
            }
        }
        if (kind == CombinationKind.TARGET_TRANSFORMATION && (keys.get("basis") == null
                || keys.get("basis").isBlank())) {
            throw new UsageException("--combine " + spec + ": basis=alias1+alias2 is required");
        }
    }

    private void checkComponentKeys(int n) throws UsageException {
        if (keys.containsKey("seed")) {
            try {
                Long.parseLong(keys.get("seed"));
            } catch (NumberFormatException e) {
                throw problem("seed", "must be a whole number");
            }
        }
        if (keys.containsKey("maxIterations")) {
            integer("maxIterations", 1);
        }
        for (String key : keys.keySet()) {
            Matcher matcher = COMPONENT_KEY.matcher(key);
            if (!matcher.matches()) {
                continue;
            }
            String suffix = matcher.group(3);
            boolean spectrumKey = matcher.group(1).equals("s");
            if (spectrumKey != (suffix == null || suffix.equals("positive"))) {
                throw problem(key, "not a setting of mcr; per component k: sk=start|end|mean|auto|<alias>,"
                        + " skpositive=true|false, ckmax=, ckmin=, ckzero=true|false");
            }
            int k = Integer.parseInt(matcher.group(2));
            if (k < 1 || k > n) {
                throw problem(key, "component " + k + " is not one of 1 … " + n + " (n=" + n + ")");
            }
            if (suffix == null) {
                continue;
            }
            switch (suffix) {
                case "positive", "zero" -> bool(key);
                default -> number(key);
            }
        }
        for (int k = 1; k <= n; k++) {
            if (keys.containsKey("c" + k + "max") && keys.containsKey("c" + k + "min")) {
                throw problem("c" + k + "min", "component " + k + " can be bounded above (c" + k + "max) or below,"
                        + " not both");
            }
        }
    }

    /**
     * The settings for these input items, in input order.
     *
     * @throws UsageException naming the key if a basis or reference alias is not an input item
     */
    Resolved resolve(List<DataItem> inputs) throws UsageException {
        boolean interpolate = bool("interpolate");
        return switch (kind) {
            case AVERAGE, SUM, RMS -> new Resolved(inputs, CombineSettings.NONE, interpolate, 0);
            case PCA_CLASSIC, PCA_CUMULATIVE -> new Resolved(inputs,
                    CombineSettings.pca(integer("n", 1), keys.get("array")).withRange(optional("xmin"),
                            optional("xmax")), interpolate, 0);
            case TARGET_TRANSFORMATION -> {
                List<DataItem> basis = new ArrayList<>();
                for (String alias : keys.get("basis").split("\\+")) {
                    DataItem item = byAlias(inputs, alias.strip(), "basis");
                    if (basis.contains(item)) {
                        throw problem("basis", alias.strip() + " is given twice");
                    }
                    basis.add(item);
                }
                List<DataItem> targets = inputs.stream().filter(item -> !basis.contains(item)).toList();
                yield new Resolved(targets, CombineSettings.tt(basis), interpolate, basis.size());
            }
            case MCR_ALS -> new Resolved(inputs, mcrSettings(inputs), interpolate, 0);
        };
    }

    private CombineSettings mcrSettings(List<DataItem> inputs) throws UsageException {
        int n = integer("n", 1);
        List<CombineSettings.Component> components = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            CombineSettings.Component component = CombineSettings.Component.auto();
            String start = keys.get("s" + k);
            if (start != null) {
                InitialSpectrum initial = switch (start) {
                    case "auto" -> InitialSpectrum.AUTO;
                    case "start" -> InitialSpectrum.START;
                    case "end" -> InitialSpectrum.END;
                    case "mean" -> InitialSpectrum.MEAN;
                    default -> null;
                };
                component = initial != null ? component.startingFrom(initial)
                        : component.startingFrom(byAlias(inputs, start, "s" + k));
            }
            if (keys.containsKey("s" + k + "positive")) {
                component = component.withPositiveS(bool("s" + k + "positive"));
            }
            if (keys.containsKey("c" + k + "zero")) {
                component = component.withZeroMinimumC(bool("c" + k + "zero"));
            }
            if (keys.containsKey("c" + k + "max")) {
                component = component.bounded(ConcentrationBound.AT_MOST, number("c" + k + "max"));
            } else if (keys.containsKey("c" + k + "min")) {
                component = component.bounded(ConcentrationBound.AT_LEAST, number("c" + k + "min"));
            }
            components.add(component);
        }
        CombineSettings settings = CombineSettings.mcr(keys.get("array"), components)
                .withRange(optional("xmin"), optional("xmax"));
        if (keys.containsKey("seed")) {
            settings = settings.withSeed(Long.parseLong(keys.get("seed")));
        }
        if (keys.containsKey("maxIterations")) {
            settings = settings.withMaxIterations(integer("maxIterations", 1));
        }
        return settings;
    }

    private DataItem byAlias(List<DataItem> inputs, String alias, String key) throws UsageException {
        for (DataItem item : inputs) {
            if (item.getAlias().equals(alias)) {
                return item;
            }
        }
        throw problem(key, "no input item '" + alias + "'; the items are named by their file names without"
                + " extension");
    }

    private boolean bool(String key) throws UsageException {
        String value = keys.get(key);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw problem(key, "must be true or false, not '" + value + "'");
        };
    }

    private int integer(String key, int minimum) throws UsageException {
        String value = keys.get(key);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < minimum) {
                throw problem(key, "must be at least " + minimum + ", not " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw problem(key, "must be a whole number, not '" + value + "'");
        }
    }

    private double number(String key) throws UsageException {
        String value = keys.get(key);
        if (value == null) {
            return Double.NaN;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw problem(key, "must be a finite number, not '" + value + "'");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw problem(key, "must be a number, not '" + value + "'");
        }
    }

    private Double optional(String key) throws UsageException {
        return keys.containsKey(key) ? number(key) : null;
    }

    private UsageException problem(String key, String message) {
        return new UsageException("--combine " + spec + ": " + key + (keys.containsKey(key) ? "=" + keys.get(key) : "")
                + ": " + message);
    }

    private static String settingsOf(CombinationKind kind) {
        return switch (kind) {
            case AVERAGE, SUM, RMS -> "interpolate";
            case PCA_CLASSIC, PCA_CUMULATIVE -> "n, array, xmin, xmax, interpolate";
            case TARGET_TRANSFORMATION -> "basis, interpolate";
            case MCR_ALS -> "n, array, xmin, xmax, interpolate, seed, maxIterations, sk, skpositive, ckmax, ckmin,"
                    + " ckzero";
        };
    }
}
