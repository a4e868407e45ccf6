package org.parseq.xas.xray;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The f2 tables of the elements shipped in the XAS bundle (converted from XAFSmass's data by
 * tools/xray-tables/make_f2_tables.py): Chantler (photoelectric f2 and, as "Chantler total",
 * f2 of the total cross-section) and Henke. Each table is read once, on first use, and never
 * modified afterwards.
 */
public final class F2Tables {

    /** The table names the original offers; BrCo is not shipped (no public text source here). */
    public static final List<String> NAMES = List.of("Chantler", "Chantler total", "Henke", "BrCo");

    private final String name;
    private final ElementF2[] byZ;

    private F2Tables(String name, ElementF2[] byZ) {
        this.name = name;
        this.byZ = byZ;
    }

    /**
     * The table of this name, as the original spells it: "Chantler", "Chantler total", "Henke".
     *
     * @throws IllegalArgumentException for any other name
     */
    public static F2Tables named(String tableName) {
        if (tableName == null) {
            throw new IllegalArgumentException("no x-ray table named");
        }
        return switch (tableName.strip()) {
            case "Chantler" -> Chantler.PHOTOELECTRIC;
            case "Chantler total" -> Chantler.TOTAL;
            case "Henke" -> Henke.TABLE;
            case "BrCo" -> throw new IllegalArgumentException(
                    "the BrCo table is not available in this program; use Chantler or Henke");
            default -> throw new IllegalArgumentException(
                    "unknown x-ray table '" + tableName + "'; known: Chantler, Chantler total, Henke");
        };
    }

    public String name() {
        return name;
    }

    /** f2 of an element given by its symbol. */
    public ElementF2 element(String symbol) {
        int z = Elements.z(symbol);
        if (z == 0) {
            throw new IllegalArgumentException("unknown element '" + symbol + "'");
        }
        ElementF2 table = byZ[z - 1];
        if (table == null) {
            throw new IllegalArgumentException("the " + name + " table has no data for " + symbol);
        }
        return table;
    }

    private static final class Chantler {
        static final F2Tables PHOTOELECTRIC = read("Chantler", "chantler-f2.bin.gz", 1);
        static final F2Tables TOTAL = read("Chantler total", "chantler-f2.bin.gz", 2);
    }

    private static final class Henke {
        static final F2Tables TABLE = read("Henke", "henke-f2.bin.gz", 1);
    }

    /** Reads the energy column and the f2 column number {@code f2Column} (1-based after E). */
    private static F2Tables read(String name, String resource, int f2Column) {
        try (InputStream raw = F2Tables.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is missing from the XAS bundle");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
            int version = in.readInt();
            int columns = in.readInt();
            int elements = in.readInt();
            if (version != 1 || f2Column >= columns) {
                throw new IllegalStateException(resource + ": unexpected layout (version " + version + ", "
                        + columns + " columns)");
            }
            ElementF2[] byZ = new ElementF2[Elements.count()];
            for (int i = 0; i < elements; i++) {
                String symbol = in.readUTF();
                int rows = in.readInt();
                double[][] cols = new double[columns][rows];
                for (int c = 0; c < columns; c++) {
                    for (int r = 0; r < rows; r++) {
                        cols[c][r] = in.readFloat();
                    }
                }
                int z = Elements.z(symbol);
                if (z == 0) {
                    throw new IllegalStateException(resource + ": unknown element " + symbol);
                }
                byZ[z - 1] = new ElementF2(symbol, z, cols[0], cols[f2Column]);
            }
            return new F2Tables(name, byZ);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + resource + " of the XAS bundle", ex);
        }
    }
}
