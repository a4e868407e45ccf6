package org.parseq.model;

import java.util.List;

/**
 * The ten colour tags of the original that colour an item's name in the data tree: a user's
 * marks for a series ("good", "to redo") and, set on creation, where an item came from.
 */
public final class ColourTags {

    /** Set on an item read from an HDF5 entry. */
    public static final int HDF5 = 1;
    /** Set on an item read from a column file. */
    public static final int COLUMN_FILE = 2;
    /** Set on an item made by a combination of others. */
    public static final int COMBINATION = 5;

    private static final List<String> COLOURS = List.of("#000000", "#2299f0", "#32aa12", "#ff160c", "#f7b43e",
            "#ff44ff", "#008b8b", "#a9a9a9", "#006400", "#8b0000");
    private static final List<String> MEANINGS = List.of("none", "HDF5 data", "column file", "terminated or bad",
            "branch", "combination", "", "", "", "");

    private ColourTags() {
    }

    public static int count() {
        return COLOURS.size();
    }

    /** The tag's colour as {@code #rrggbb}; tags out of range have the colour of tag 0. */
    public static String colourOf(int tag) {
        return tag >= 0 && tag < COLOURS.size() ? COLOURS.get(tag) : COLOURS.get(0);
    }

    /** "3 terminated or bad", or the number alone for the user's own tags. */
    public static String label(int tag) {
        String meaning = tag >= 0 && tag < MEANINGS.size() ? MEANINGS.get(tag) : "";
        return meaning.isEmpty() ? Integer.toString(tag) : tag + "  " + meaning;
    }
}
