package org.parseq.core.pipeline;

/** The kind of value a transform parameter holds; values are stored as the Java type named. */
public enum ParameterType {
    /** {@link Double}. */
    REAL,
    /** {@link Integer}. */
    INTEGER,
    /** {@link Boolean}. */
    BOOLEAN,
    /** {@link String}, one of the descriptor's choices. */
    CHOICE,
    /** {@link String}. */
    TEXT,
    /** An unmodifiable {@code List<Double>}, e.g. a range or a list of exponents. */
    REAL_LIST
}
