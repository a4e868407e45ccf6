package org.parseq.core.fit;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.hipparchus.special.Erf;

/**
 * The functions the expression language offers: elementary functions with numpy's names
 * (and common aliases), and the peak and step shapes of the function fit. The shapes' width
 * conventions:
 * <ul>
 * <li>{@code gau(x, m, s)}: area-normalised Gaussian, standard deviation s (the original's);</li>
 * <li>{@code lor(x, m, s)}: area-normalised Lorentzian, half width at half maximum s (the original's);</li>
 * <li>{@code pvoigt(x, m, s, eta)}: {@code eta·lor + (1−eta)·gau}, both with half width at half
 * maximum s (the Gaussian's σ = s/√(2 ln 2)), area-normalised;</li>
 * <li>{@code atanstep(x, m, s)}: 0…1 step {@code 1/2 + arctan((x−m)/s)/π};</li>
 * <li>{@code erfstep(x, m, s)}: 0…1 step {@code (1 + erf((x−m)/(s√2)))/2}, the integral of gau;</li>
 * <li>{@code poly(x, c0, c1, …)}: {@code c0 + c1·x + …};</li>
 * <li>exponential: {@code exp}.</li>
 * </ul>
 */
public final class MathFunctions {

    /** A function of a fixed number of arguments, or of at least {@code arity} when variadic. */
    public record Function(String name, int arity, boolean variadic, ToDoubleFunction<double[]> body) {

        double apply(double[] args) {
            return body.applyAsDouble(args);
        }

        boolean accepts(int count) {
            return variadic ? count >= arity : count == arity;
        }

        String signature() {
            return name + (variadic ? " (at least " + arity + " arguments)" : " (" + arity + " argument"
                    + (arity == 1 ? "" : "s") + ")");
        }
    }

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double SQRT_2LN2 = Math.sqrt(2 * Math.log(2));

    private static final Map<String, Function> FUNCTIONS = build();

    private MathFunctions() {
    }

    /** The function of that name, or null. */
    public static Function find(String name) {
        return FUNCTIONS.get(name);
    }

    /** All names, sorted, for messages and help. */
    public static String names() {
        return String.join(", ", FUNCTIONS.keySet());
    }

    private static Map<String, Function> build() {
        Map<String, Function> m = new TreeMap<>();
        unary(m, Math::exp, "exp");
        unary(m, Math::log, "log", "ln");
        unary(m, Math::log10, "log10");
        unary(m, v -> Math.log(v) / Math.log(2), "log2");
        unary(m, Math::sqrt, "sqrt");
        unary(m, Math::abs, "abs", "fabs");
        unary(m, Math::signum, "sign");
        unary(m, Math::sin, "sin");
        unary(m, Math::cos, "cos");
        unary(m, Math::tan, "tan");
        unary(m, Math::asin, "arcsin", "asin");
        unary(m, Math::acos, "arccos", "acos");
        unary(m, Math::atan, "arctan", "atan");
        unary(m, Math::sinh, "sinh");
        unary(m, Math::cosh, "cosh");
        unary(m, Math::tanh, "tanh");
        unary(m, Erf::erf, "erf");
        unary(m, Erf::erfc, "erfc");
        unary(m, Math::floor, "floor");
        unary(m, Math::ceil, "ceil");
        fixed(m, "arctan2", 2, a -> Math.atan2(a[0], a[1]));
        m.put("atan2", new Function("atan2", 2, false, a -> Math.atan2(a[0], a[1])));
        fixed(m, "pow", 2, a -> Math.pow(a[0], a[1]));
        variadic(m, "min", 1, a -> {
            double v = a[0];
            for (double x : a) {
                v = Math.min(v, x);
            }
            return v;
        });
        variadic(m, "max", 1, a -> {
            double v = a[0];
            for (double x : a) {
                v = Math.max(v, x);
            }
            return v;
        });
        fixed(m, "gau", 3, a -> gaussian(a[0], a[1], a[2]));
        fixed(m, "lor", 3, a -> lorentzian(a[0], a[1], a[2]));
        fixed(m, "pvoigt", 4, a -> a[3] * lorentzian(a[0], a[1], a[2])
                + (1 - a[3]) * gaussian(a[0], a[1], a[2] / SQRT_2LN2));
        fixed(m, "atanstep", 3, a -> 0.5 + Math.atan((a[0] - a[1]) / a[2]) / Math.PI);
        fixed(m, "erfstep", 3, a -> 0.5 * (1 + Erf.erf((a[0] - a[1]) / (a[2] * Math.sqrt(2)))));
        variadic(m, "poly", 2, a -> {
            double v = 0;
            for (int i = a.length - 1; i >= 1; i--) {
                v = v * a[0] + a[i];
            }
            return v;
        });
        return java.util.Collections.unmodifiableMap(m);
    }

    static double gaussian(double x, double m, double s) {
        double u = (x - m) / s;
        return Math.exp(-0.5 * u * u) / (s * SQRT_2PI);
    }

    static double lorentzian(double x, double m, double s) {
        double u = x - m;
        return s / Math.PI / (u * u + s * s);
    }

    private static void unary(Map<String, Function> m, java.util.function.DoubleUnaryOperator f, String... names) {
        for (String n : names) {
            m.put(n, new Function(n, 1, false, a -> f.applyAsDouble(a[0])));
        }
    }

    private static void fixed(Map<String, Function> m, String name, int arity, ToDoubleFunction<double[]> body) {
        m.put(name, new Function(name, arity, false, body));
    }

    private static void variadic(Map<String, Function> m, String name, int arity, ToDoubleFunction<double[]> body) {
        m.put(name, new Function(name, arity, true, body));
    }
}
