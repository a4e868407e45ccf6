package org.parseq.core.combine;

/** A bound on one component's concentrations in MCR-ALS, the original's {@code constraintCKind}. */
public enum ConcentrationBound {
    NONE(""),
    /** Concentrations above the value are cut to it ({@code '<'}). */
    AT_MOST("<"),
    /** Concentrations below the value are raised to it ({@code '>'}). */
    AT_LEAST(">");

    private final String symbol;

    ConcentrationBound(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static ConcentrationBound bySymbol(String symbol) {
        for (ConcentrationBound bound : values()) {
            if (bound.symbol.equals(symbol == null ? "" : symbol.strip())) {
                return bound;
            }
        }
        throw new IllegalArgumentException("unknown concentration bound '" + symbol + "'; known: '', '<', '>'");
    }
}
