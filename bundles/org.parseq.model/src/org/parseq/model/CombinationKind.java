package org.parseq.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of combination (parseq-behaviour.md §12), by the id stored in the data tree and in
 * project files. Average, sum and RMS make one item; the others decompose their parents and
 * make several.
 */
public enum CombinationKind {
    AVERAGE("average"),
    SUM("sum"),
    RMS("rms"),
    /** One item per parent and component j: the part of the parent along component j. */
    PCA_CLASSIC("pca-classic"),
    /** One item per parent and component j: the parent rebuilt from the first j components. */
    PCA_CUMULATIVE("pca-cumulative"),
    /** One item per target: the target projected onto a basis of picked items. */
    TARGET_TRANSFORMATION("tt"),
    /** One item per component: its spectrum, from MCR-ALS of all parents. */
    MCR_ALS("mcr");

    private final String id;

    CombinationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isPca() {
        return this == PCA_CLASSIC || this == PCA_CUMULATIVE;
    }

    /** Whether it combines every array point by point (average, sum, RMS). */
    public boolean isPointwise() {
        return this == AVERAGE || this == SUM || this == RMS;
    }

    /**
     * @param id a kind's id; {@code pca} is taken for {@code pca-classic}, as the batch runs write it
     * @throws IllegalArgumentException naming the known kinds
     */
    public static CombinationKind byId(String id) {
        String wanted = "pca".equals(id) ? PCA_CLASSIC.id : id;
        for (CombinationKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown combination '" + id + "'; known: "
                + Arrays.stream(values()).map(CombinationKind::id).collect(Collectors.joining(", ")));
    }
}
