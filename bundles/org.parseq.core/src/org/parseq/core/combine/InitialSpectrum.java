package org.parseq.core.combine;

/** Where MCR-ALS takes a component's first spectrum from (xas-algorithms.md §10, MCR-ALS step 1). */
public enum InitialSpectrum {
    /** The first column of D, or the column least explained by those chosen so far. */
    AUTO("auto"),
    /** The first item. */
    START("start"),
    /** The last item. */
    END("end"),
    /** The mean of all items. */
    MEAN("mean"),
    /** A picked spectrum, interpolated onto the data's x; falls back to auto if that fails. */
    REFERENCE("reference");

    private final String id;

    InitialSpectrum(String id) {
        this.id = id;
    }

    /** The name used in settings and project files. */
    public String id() {
        return id;
    }

    public static InitialSpectrum byId(String id) {
        for (InitialSpectrum initial : values()) {
            if (initial.id.equals(id)) {
                return initial;
            }
        }
        throw new IllegalArgumentException("unknown initial spectrum '" + id
                + "'; known: auto, start, end, mean, reference");
    }
}
