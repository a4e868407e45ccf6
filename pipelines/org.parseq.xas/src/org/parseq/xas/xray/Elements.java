package org.parseq.xas.xray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The chemical elements H … U that the x-ray tables cover: symbol ↔ Z and the atomic masses of
 * AtomicData.dat (the masses XAFSmass uses for the molar mass of a formula).
 */
public final class Elements {

    private static final List<String> SYMBOLS = List.of(
            "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
            "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V",
            "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br",
            "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag",
            "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr",
            "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
            "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi",
            "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U");

    private Elements() {
    }

    /** Z of a symbol (case-sensitive, as in chemical formulas), or 0 if it is not an element H … U. */
    public static int z(String symbol) {
        return SYMBOLS.indexOf(symbol) + 1;
    }

    public static String symbol(int z) {
        return SYMBOLS.get(z - 1);
    }

    public static int count() {
        return SYMBOLS.size();
    }

    /** Atomic mass (g/mol) of an element. */
    public static double mass(String symbol) {
        int z = z(symbol);
        if (z == 0) {
            throw new IllegalArgumentException("unknown element '" + symbol + "'");
        }
        return Masses.BY_Z[z - 1];
    }

    /** Read once, on first use; never modified afterwards. */
    private static final class Masses {
        static final double[] BY_Z = read();

        private static double[] read() {
            double[] masses = new double[SYMBOLS.size()];
            try (InputStream in = Elements.class.getResourceAsStream("atomic-masses.txt")) {
                if (in == null) {
                    throw new IllegalStateException("atomic-masses.txt is missing from the XAS bundle");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null;) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    String[] fields = t.split("\\s+");
                    masses[Integer.parseInt(fields[0]) - 1] = Double.parseDouble(fields[1]);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read atomic-masses.txt of the XAS bundle", ex);
            }
            return masses;
        }
    }
}
