package org.parseq.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and writing fit settings kept as the original keeps them: plain maps and lists whose
 * numbers may be integers or reals and whose missing values are null. Every reader names the
 * item and the setting it could not read.
 */
public final class OriginalFitSettings {

    private OriginalFitSettings() {
    }

    /** A number; {@code fallback} where the value is absent (null). */
    public static double number(Object value, double fallback, String what) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw new FitException(what + " must be a number, not '" + value + "'");
    }

    public static boolean bool(Object value, boolean fallback, String what) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        throw new FitException(what + " must be true or false, not '" + value + "'");
    }

    public static String text(Object value, String what) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        throw new FitException(what + " must be text, not '" + value + "'");
    }

    /**
     * The solver's tolerances: the original's, with our optional setting {@code maxEvaluations}
     * (a limit of optimizer steps; 0 or absent for the original's).
     */
    public static SolverOptions solver(Map<String, Object> settings, String what) {
        int limit = (int) number(settings.get("maxEvaluations"), 0, what + " maxEvaluations");
        if (limit < 0) {
            throw new FitException(what + " maxEvaluations must not be negative, not " + limit);
        }
        SolverOptions o = SolverOptions.ORIGINAL;
        return limit == 0 ? o : new SolverOptions(o.ftol(), o.xtol(), o.gtol(), limit);
    }

    /** A list; empty where the value is absent. */
    public static List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw new FitException(what + " must be a list, not '" + value + "'");
    }

    /** A map with text keys; empty where the value is absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value, String what) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw new FitException(what + " has a key that is not text: '" + key + "'");
                }
            }
            return (Map<String, Object>) m;
        }
        throw new FitException(what + " must be a dictionary, not '" + value + "'");
    }

    /** An inclusive x range [min, max]; NaN ends for none (null: the whole data). */
    public static double[] range(Object value, String what) {
        List<?> ends = list(value, what);
        if (ends.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (ends.size() < 2) {
            throw new FitException(what + " must be [min, max], not " + ends);
        }
        return new double[] {number(ends.get(0), Double.NaN, what + "[0]"), number(ends.get(1), Double.NaN,
                what + "[1]")};
    }

    /**
     * A parameter written {@code {value, step?, lim?: [min, max], tie?}}: without lim it is
     * unbounded; a tie {@code fix…} fixes it.
     */
    public static FitParameter parameter(String name, Object dict, String what) {
        Map<String, Object> p = map(dict, what);
        if (!p.containsKey("value")) {
            throw new FitException(what + " has no 'value'");
        }
        double value = number(p.get("value"), Double.NaN, what + ".value");
        double[] lim = bounds(p.get("lim"), what + ".lim");
        return new FitParameter(name, value, lim[0], lim[1], false, text(p.get("tie"), what + ".tie"), Double.NaN);
    }

    /** Bounds written [min, max] or [min, max, step]; infinite where absent. */
    public static double[] bounds(Object value, String what) {
        List<?> lim = list(value, what);
        if (lim.isEmpty()) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        if (lim.size() < 2) {
            throw new FitException(what + " must be [min, max], not " + lim);
        }
        return new double[] {number(lim.get(0), Double.NEGATIVE_INFINITY, what + "[0]"),
                number(lim.get(1), Double.POSITIVE_INFINITY, what + "[1]")};
    }

    /** A copy of a parameter dict with the fitted value and, when the parameter was varied, its error. */
    public static Map<String, Object> fitted(Object dict, FittedParameter p) {
        Map<String, Object> out = new LinkedHashMap<>(map(dict, p.name()));
        out.put("value", p.value());
        if (p.varied() && Double.isFinite(p.error())) {
            out.put("error", p.error());
        }
        return out;
    }

    /**
     * The original's result dict: R, mesg, ier, info {nfev}, nparam, and the correlation of the
     * varied parameters ({@code corr}) with their names ({@code info.fitKeys}).
     */
    public static Map<String, Object> result(FitResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("R", r.rFactor());
        out.put("mesg", r.message());
        out.put("ier", r.status());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nfev", r.evaluations());
        info.put("fitKeys", List.copyOf(r.variedNames()));
        out.put("info", info);
        out.put("nparam", r.variables());
        if (!Double.isNaN(r.independentPoints())) {
            out.put("Nind", r.independentPoints());
        }
        if (!Double.isNaN(r.chiSquare())) {
            out.put("chi2", r.chiSquare());
        }
        out.put("corr", rows(r.correlation()));
        return out;
    }

    static List<Object> rows(double[][] matrix) {
        List<Object> rows = new ArrayList<>();
        if (matrix != null) {
            for (double[] row : matrix) {
                List<Object> values = new ArrayList<>();
                for (double v : row) {
                    values.add(v);
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
