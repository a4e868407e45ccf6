package org.parseq.core.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A kind of fit a pipeline offers (a linear combination of references, a formula, an EXAFS
 * shell model, ...). A fit of an item is attached to one node: it reads that node's arrays of
 * the item (and, where its settings say so, of other items at the same node) and gives a
 * {@link FitOutcome}. The engine schedules fits like transforms; a kind only computes.
 * <p>
 * Settings are plain data (maps, lists, text, numbers, booleans), kept in the data model and
 * saved in projects as they are. Their keys are the original's, without its
 * {@code <kind>_} prefix, so that an original project's fit settings are taken over unchanged.
 */
public interface FitKind {

    /** The original's name of the fit, also the prefix of its keys: {@code lcf}, {@code ffit}, ... */
    String id();

    /** What a user reads, e.g. "linear combination fit". */
    String name();

    /** The node a fit of this kind is attached to unless its settings name another. */
    String defaultNode();

    /** Other items whose data at the fit's node this fit reads (references of an LCF, items of a joint fit). */
    List<String> dataReferences(Map<String, Object> settings);

    /**
     * Other items whose fit of this kind this fit joins: it starts from their fitted values
     * and so runs after them. Empty for fits that only read other items' data.
     */
    default List<String> fitReferences(Map<String, Object> settings) {
        return List.of();
    }

    /**
     * The settings as the original saved them ({@code <kind>_*} keys with the prefix stripped,
     * results left out), made ready for this kind: e.g. file names relative to the project's
     * folder made absolute.
     *
     * @throws IllegalArgumentException naming the key when a setting cannot be taken over
     */
    default Map<String, Object> importOriginal(Map<String, Object> settings, Path projectFolder) {
        return settings;
    }

    /** The values a user gives to start a fit of this kind in the fit panel; none: it is not started there. */
    default List<FitStartField> startFields() {
        return List.of();
    }

    /**
     * The settings of a new fit from the texts typed into the {@link #startFields()}, by key.
     *
     * @throws IllegalArgumentException saying what is missing or not understood, in words for the user
     */
    default Map<String, Object> startSettings(Map<String, String> fields) {
        throw new IllegalArgumentException("A " + name() + " is not started here: open a project that has one"
                + " (File > Open Project), then edit it here.");
    }

    /** The fitted range [min, max] of the x array in these settings, or null when all points are fitted. */
    default List<Double> range(Map<String, Object> settings) {
        return settings.get("xRange") instanceof List<?> r && r.size() > 1 && r.get(0) instanceof Number a
                && r.get(1) instanceof Number b ? List.of(a.doubleValue(), b.doubleValue()) : null;
    }

    /** The settings with another fitted range (null: all points); the others unchanged. */
    default Map<String, Object> withRange(Map<String, Object> settings, List<Double> range) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(settings);
        out.put("xRange", range);
        return out;
    }

    /**
     * Fits one item. Everything it reads comes through {@code input}, so equal inputs give
     * equal outcomes, whichever thread runs it.
     *
     * @throws RuntimeException with a message naming the item and the parameter or setting at fault
     */
    FitOutcome fit(FitInput input);
}
