package org.parseq.core.fit;

/**
 * One fit parameter as the user sets it, and after a fit with its error.
 * <p>
 * It is varied when it is not fixed, has no {@code =} tie and {@code min < max} (infinite
 * limits mean unbounded); {@code min >= max} fixes it at {@code min}, as in the original.
 * The tie, as in the original: empty for none; starting with {@code fix} for fixed;
 * {@code =expr}: computed from other parameters and not varied; {@code <expr} /
 * {@code >expr}: varied, but inside the model replaced by expr whenever it is above
 * (for {@code <}) or below (for {@code >}) expr. Expressions are in the language of
 * {@link ExpressionParser}.
 *
 * @param error the standard error after a fit, NaN before one or for parameters not varied
 */
public record FitParameter(String name, double value, double min, double max, boolean fixed, String tie,
        double error) {

    public FitParameter {
        if (name == null || name.isBlank()) {
            throw new FitException("a fit parameter needs a name");
        }
        tie = tie == null ? "" : tie.strip();
        if (Double.isNaN(min)) {
            min = Double.NEGATIVE_INFINITY;
        }
        if (Double.isNaN(max)) {
            max = Double.POSITIVE_INFINITY;
        }
    }

    /** A free parameter within [min, max] (use infinities for no limit). */
    public static FitParameter free(String name, double value, double min, double max) {
        return new FitParameter(name, value, min, max, false, "", Double.NaN);
    }

    public static FitParameter unbounded(String name, double value) {
        return free(name, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public static FitParameter fixedAt(String name, double value) {
        return new FitParameter(name, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, "",
                Double.NaN);
    }

    public FitParameter withTie(String newTie) {
        return new FitParameter(name, value, min, max, fixed, newTie, error);
    }

    public FitParameter withValue(double newValue, double newError) {
        return new FitParameter(name, newValue, min, max, fixed, tie, newError);
    }

    public boolean hasBounds() {
        return min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY;
    }

    /** Fixed by the flag, a {@code fix…} tie or by {@code min >= max}. */
    public boolean isFixed() {
        return fixed || tie.startsWith("fix") || min >= max;
    }

    /** The value a fixed parameter keeps: min when the limits collapse, else its value. */
    public double fixedValue() {
        return !fixed && !tie.startsWith("fix") && min >= max ? min : value;
    }

    public TieKind tieKind() {
        if (tie.isEmpty() || tie.startsWith("fix")) {
            return TieKind.NONE;
        }
        return switch (tie.charAt(0)) {
            case '=' -> TieKind.EQUAL;
            case '<' -> TieKind.AT_MOST;
            case '>' -> TieKind.AT_LEAST;
            default -> throw new FitException("parameter '" + name + "': tie '" + tie
                    + "' must start with '=', '<', '>' or 'fix'");
        };
    }

    /** The expression of a tie, without its leading sign. */
    public String tieExpression() {
        return tieKind() == TieKind.NONE ? "" : tie.substring(1);
    }

    /** Varied by the optimizer. */
    public boolean isVaried() {
        return !isFixed() && tieKind() != TieKind.EQUAL;
    }

    /** How a tie acts on its parameter. */
    public enum TieKind {
        NONE, EQUAL, AT_MOST, AT_LEAST
    }
}
