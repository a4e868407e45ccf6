package org.parseq.cli.tests;

import java.util.List;

/** The three Cu foils of the reference that the batch tests run, and the format that reads them. */
final class CuFoils {

    /** FORMAT.json of the foils: energy, I0 and It from the ALBA electrometer columns, in µA. */
    static final String FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "comments": "#", "conversionFactors": {"i0": "µA", "itr": "µA"}}
            """;

    /** Their file names without ".dat", in measurement order. */
    static final List<String> NAMES = List.of("Cu-foil_EXAFS_23068", "Cu-foil_EXAFS_23069",
            "Cu-foil_EXAFS_23070");

    private CuFoils() {
    }
}
