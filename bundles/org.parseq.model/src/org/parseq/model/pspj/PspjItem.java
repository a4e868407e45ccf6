package org.parseq.model.pspj;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.model.data.DataItem;

/**
 * One item of a {@code .pspj} as read: the item of our data tree and what the tree has no place
 * for yet (fits, corrections, plot properties, the original's other values).
 *
 * @param alias          the item's alias, also its section name in the file
 * @param item           the item in {@link PspjProject#root()}; null when it could not be put
 *                       there (its entry node is not a node of our pipeline, or it is made of
 *                       data we cannot make): {@link #unavailable()} says why
 * @param unavailable    why its data cannot be loaded as the project says (a missing file, a
 *                       format we do not read, ...), null when nothing is known against it
 * @param location       the data file found (absolute), or the path tried when it is missing;
 *                       null for items not made of a file
 * @param containerPath  the HDF5 entry within the file, e.g. {@code /entry1025}; null for column files
 * @param format         the data format as FORMAT.json text, null when it could not be translated
 * @param parameters     transform parameters under our names, as set on the item
 * @param otherValues    the original's keys that are no parameters of our pipeline (outputs such
 *                       as {@code e0}, or of transforms not ported), flattened as
 *                       {@code dict.key}, with their Python values
 * @param fits           the fits saved with the item, in file order
 * @param corrections    its corrections, per node in file order
 * @param plotProperties the original's {@code plotProps} (line styles per node and array), as read
 */
public record PspjItem(String alias, DataItem item, String unavailable, String location, String containerPath,
        String format, Map<String, Object> parameters, Map<String, Object> otherValues, List<PspjFit> fits,
        List<PspjCorrection> corrections, Map<String, Object> plotProperties) {

    public PspjItem {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        otherValues = Collections.unmodifiableMap(new LinkedHashMap<>(otherValues));
        fits = List.copyOf(fits);
        corrections = List.copyOf(corrections);
        plotProperties = plotProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(plotProperties));
    }

    /** Whether the item is in the project's data tree. */
    public boolean inTree() {
        return item != null;
    }

    /** The fit of that name ({@code lcf}, {@code exafsfit}, ...), or null. */
    public PspjFit fit(String name) {
        return fits.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
