package org.parseq.xas.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.fit.FitException;
import org.parseq.xas.tests.SharedData;

class FeffFileReaderTest {

    static Path cuPath() {
        return SharedData.sharedDir().resolve("data/parseq-xas/foils/FEFF/Cu/feff0001.dat");
    }

    @Test
    void amplitudeAndPhaseFollowTheColumnsAtTheTablePoints() throws IOException {
        FeffPath p = FeffFileReader.read(cuPath(), 14, 2.5527);
        List<String> lines = Files.readAllLines(cuPath(), StandardCharsets.ISO_8859_1);
        String[] row = lines.get(14 + 20).strip().split("\\s+");
        double k = Double.parseDouble(row[0]);
        double a = Double.parseDouble(row[2]) * Double.parseDouble(row[4]) * Math.exp(-2 * 2.5527 / Double.parseDouble(row[5]));
        double phi = Double.parseDouble(row[1]) + Double.parseDouble(row[3]);
        assertEquals(a, p.amplitude().value(k), 1e-14 * Math.abs(a));
        assertEquals(phi, p.phase().value(k), 1e-13 * Math.abs(phi));
        assertEquals(lines.size() - 14, p.k().length);
    }

    @Test
    void headerLinesAndReffAreFoundWhenNotGiven() {
        FeffPath given = FeffFileReader.read(cuPath(), 14, 2.5527);
        FeffPath found = FeffFileReader.read(cuPath(), 0, Double.NaN);
        assertEquals(given.reff(), found.reff(), 0);
        assertEquals(given.k().length, found.k().length);
        assertEquals(given.amplitude().value(7.3), found.amplitude().value(7.3), 0);
        FeffPath feff810 = FeffFileReader.read(SharedData.sharedDir().resolve("data/parseq-tests/feff/CeRu2/feff0001.dat"),
                0, Double.NaN);
        assertEquals(3.1259, feff810.reff(), 0, "FEFF 8.10 writes numbers like .000");
    }

    /**
     * A new shell's descriptor from the file's header is what the original's GUI stored for the
     * same files in its projects: degeneracy, atoms, reff, FEFF version and header lines.
     */
    @Test
    void theHeaderGivesTheOriginalsShellDescriptors() {
        int checked = 0;
        for (String[] item : new String[][] {{"CeRu2", "CE0074"}, {"CeRu2", "RU0074"}, {"Cu", "Cu_lnt1"}}) {
            for (Object entry : Literal.list(OriginalProject.section(ReferenceFits.pspj(item[0]), item[1])
                    .get("exafsfit_aux"))) {
                List<Object> stored = Literal.list(entry);
                FeffHeader h = FeffFileReader.header(ReferenceFits.feffFile((String) stored.get(0)));
                String what = item[1] + " " + stored.get(0);
                assertEquals(Literal.number(stored.get(1)), h.degeneracy(), 0, what + " N");
                assertEquals(stored.get(2), h.atoms(), what + " atoms");
                assertEquals(Literal.number(stored.get(3)), h.reff(), 0, what + " reff");
                assertEquals(stored.get(4), h.version(), what + " version");
                assertEquals((int) Literal.number(stored.get(5)), h.headerLines(), what + " header lines");
                checked++;
            }
        }
        assertEquals(6, checked);
    }

    @Test
    void aDamagedFileIsNamedWithTheLine(@TempDir Path tmp) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cuPath(), StandardCharsets.ISO_8859_1));
        String original = lines.get(30);
        lines.set(30, original.replace("E-01", "E-0x"));
        Path damaged = tmp.resolve("feff0001.dat");
        Files.write(damaged, lines, StandardCharsets.ISO_8859_1);
        FitException ex = assertThrows(FitException.class, () -> FeffFileReader.read(damaged, 14, 2.5527));
        assertTrue(ex.getMessage().contains(damaged.toString()) && ex.getMessage().contains("line 31"), ex.getMessage());
        assertTrue(ex.getMessage().contains("is not a number"), ex.getMessage());

        lines.set(30, original);
        Files.write(damaged, lines.subList(0, 40), StandardCharsets.ISO_8859_1);
        Files.writeString(damaged, "  2.000  3.6\n", StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
        FitException cut = assertThrows(FitException.class, () -> FeffFileReader.read(damaged, 14, 2.5527));
        assertTrue(cut.getMessage().contains("line 41: expected 7 numbers, found 2"), cut.getMessage());

        FitException missing = assertThrows(FitException.class,
                () -> FeffFileReader.read(tmp.resolve("feff0099.dat"), 14, 2.5));
        assertTrue(missing.getMessage().contains("feff0099.dat cannot be read"), missing.getMessage());
    }
}
