package org.parseq.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What {@code --output} writes (docs/batch.md, "Output formats"); several may be given. */
enum OutputFormat {
    /** A folder of text tables per item. */
    TEXT("text"),
    /** A JSON file per item: its arrays and params.json's content. */
    JSON("json"),
    /** One HDF5 file for the run, arrays of many items in one dataset. */
    HDF5("hdf5"),
    /** One NeXus file for the run: an NXentry per item with its provenance. */
    NEXUS("nexus"),
    /** XDI 1.0 files of µ(E) and χ(k) per item. */
    XDI("xdi"),
    /** An Athena project (JSON flavour) with every item's µ(E). */
    ATHENA("athena");

    final String option;

    OutputFormat(String option) {
        this.option = option;
    }

    /** The formats named (each may also be a comma-separated list), in the order given; text when none. */
    static Set<OutputFormat> parse(List<String> given) throws UsageException {
        Set<OutputFormat> formats = new LinkedHashSet<>();
        for (String option : given == null ? List.<String>of() : given) {
            for (String name : option.split(",")) {
                String wanted = name.strip();
                OutputFormat format = Arrays.stream(values()).filter(f -> f.option.equals(wanted)).findFirst()
                        .orElseThrow(() -> new UsageException("--output " + wanted + ": not one of " + names()));
                formats.add(format);
            }
        }
        if (formats.isEmpty()) {
            formats.add(TEXT);
        }
        return formats;
    }

    static String names() {
        List<String> names = new ArrayList<>();
        for (OutputFormat format : values()) {
            names.add(format.option);
        }
        return String.join(", ", names);
    }
}
