package org.parseq.xes.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The elastic scans that calibrate θ to energy, as the original's "auto set references" picks
 * them (parseq-behaviour.md §23): the items of the first group whose name contains "calib" or
 * "elast", each with the energy written after the last '_' of its name (elastic_19630 → 19630
 * eV). Also the names under which the calibration's parameters and findings are known, for UI
 * bundles and scripts.
 */
public final class CalibrationReferences {

    /** The references' aliases, ';'-separated text. */
    public static final String BASE = XesParameters.CALIBRATION_BASE;
    /** The references' elastic energies, eV, a number list. */
    public static final String ENERGY = XesParameters.CALIBRATION_ENERGY;
    /** Per reference, the part of its spectrum searched for the peak, ';'-separated text. */
    public static final String SLICE = XesParameters.CALIBRATION_SLICE;
    /** Per reference, the monochromator crystal, ';'-separated text. */
    public static final String DCM = XesParameters.CALIBRATION_DCM;
    /** Whether the calibration is made. */
    public static final String FIND = "calibrationFind";
    /** The crystal "auto set references" gives every reference, as the original does. */
    public static final String DEFAULT_CRYSTAL = "Si111";
    /** The scalar with the θ (°) of reference i's elastic peak is this followed by i. */
    public static final String PEAK_SCALAR = "calibrationData.peak.";
    public static final String SLOPE_SCALAR = "calibrationPoly.slope";
    public static final String INTERCEPT_SCALAR = "calibrationPoly.intercept";

    /** A reference: an item and the energy of its elastic peak. */
    public record Reference(String alias, double energy) {
    }

    /** A group of the data tree with the aliases of the items directly in it. */
    public record Group(String name, List<String> itemAliases) {
    }

    private CalibrationReferences() {
    }

    /**
     * The references of the first group whose name contains "calib" or "elast" (any case).
     *
     * @throws IllegalArgumentException when there is no such group, it holds no items, or an
     *         item's name has no energy after its last '_'; the message says which
     */
    public static List<Reference> autoSet(List<Group> groups) {
        Group chosen = groups.stream().filter(g -> isCalibrationGroup(g.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no group whose name contains 'calib' or 'elast' holds the elastic scans"));
        if (chosen.itemAliases().isEmpty()) {
            throw new IllegalArgumentException("group '" + chosen.name() + "' holds no items");
        }
        List<Reference> references = new ArrayList<>();
        for (String alias : chosen.itemAliases()) {
            references.add(new Reference(alias, energyOf(alias)));
        }
        return references;
    }

    static boolean isCalibrationGroup(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.contains("calib") || lower.contains("elast");
    }

    /** The energy written after the last '_' of an item's name, e.g. elastic_19630 → 19630. */
    public static double energyOf(String alias) {
        int underscore = alias.lastIndexOf('_');
        String tail = underscore < 0 ? "" : alias.substring(underscore + 1).strip();
        try {
            double energy = Double.parseDouble(tail);
            if (Double.isFinite(energy)) {
                return energy;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the item's name
        }
        throw new IllegalArgumentException("item '" + alias + "' has no energy after the last '_' of its name"
                + " (expected e.g. elastic_19630)");
    }
}
