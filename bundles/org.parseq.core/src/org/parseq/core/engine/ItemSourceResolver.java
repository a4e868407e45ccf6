package org.parseq.core.engine;

/**
 * Turns what a data item says about its source (a file and a data format, an HDF5 entry, a
 * generator) into an {@link ItemSource}. The I/O layer provides one for files; a pipeline may
 * provide one for generated data.
 */
@FunctionalInterface
public interface ItemSourceResolver {

    /**
     * @param location      a file path (already resolved against the project folder) or a URI
     * @param containerPath the entry inside a container file (HDF5 group, SPEC scan), or null
     * @param format        the data format's name or definition, or null
     * @throws IllegalArgumentException if this resolver cannot make a source of it; the
     *         message says what is wrong
     */
    ItemSource resolve(String location, String containerPath, String format);

    /** Tries this resolver, then the other one for locations this one rejects. */
    default ItemSourceResolver orElse(ItemSourceResolver other) {
        return (location, containerPath, format) -> {
            try {
                return resolve(location, containerPath, format);
            } catch (IllegalArgumentException e) {
                return other.resolve(location, containerPath, format);
            }
        };
    }
}
