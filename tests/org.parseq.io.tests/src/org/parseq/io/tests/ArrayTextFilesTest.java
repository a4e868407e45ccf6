package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.Stack3D;
import org.parseq.io.write.ArrayTextFiles;

/**
 * Images, stacks and columns of an export (a batch run, File › Export), written and read back as
 * docs/batch.md tells a user to: every double comes back bit for bit, awkward ones included, and
 * the header gives shape and axes.
 */
class ArrayTextFilesTest {

    @TempDir
    Path temp;

    private static final double[] AWKWARD = {0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 0.1 + 0.2,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 8978.921254297677, -1.0 / 3};

    private static double[] values(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i < AWKWARD.length ? AWKWARD[i] : random.nextDouble(-1e6, 1e6) * Math.pow(10, random.nextInt(-12, 12));
        }
        return values;
    }

    /** The data lines of a file (blank and # lines skipped) as numbers, and how many numbers each line had. */
    private static double[] readBack(Path file, List<Integer> lineLengths) throws IOException {
        List<Double> numbers = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            lineLengths.add(fields.length);
            for (String field : fields) {
                numbers.add(Double.parseDouble(field));
            }
        }
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void anImageIsOneLinePerRowAndReadsBackBitForBit() throws IOException {
        Image2D image = new Image2D(7, 13, values(7 * 13, 1));
        Path file = temp.resolve("theta_scan.xes2D.txt");
        ArrayTextFiles.writeImage(file, "xes2D", List.of("theta", ""), "counts", image);
        assertEquals("# xes2D; shape 7 13; axes theta index; unit counts", Files.readAllLines(file).get(0));
        List<Integer> lengths = new ArrayList<>();
        double[] back = readBack(file, lengths);
        assertEquals(java.util.Collections.nCopies(7, 13), lengths);
        assertBitForBit(image.values(), back);
    }

    @Test
    void aStackIsItsImagesOneAfterAnotherSeparatedByBlankLines() throws IOException {
        Stack3D stack = new Stack3D(3, 4, 5, values(3 * 4 * 5, 2));
        Path file = temp.resolve("node.frames.txt");
        ArrayTextFiles.writeStack(file, "frames", List.of(), "", stack);
        List<String> lines = Files.readAllLines(file);
        assertEquals("# frames; shape 3 4 5; axes index index index", lines.get(0));
        assertEquals(1 + 3 * 4 + 2, lines.size(), "header, 3 images of 4 rows, 2 blank lines between them");
        assertEquals("", lines.get(1 + 4));
        assertEquals("", lines.get(1 + 4 + 1 + 4));
        List<Integer> lengths = new ArrayList<>();
        double[] back = readBack(file, lengths);
        assertEquals(java.util.Collections.nCopies(12, 5), lengths);
        assertBitForBit(stack.values(), back);
        for (int image = 0; image < 3; image++) {
            Image2D frame = stack.image(image);
            double[] part = java.util.Arrays.copyOfRange(back, image * 20, (image + 1) * 20);
            assertBitForBit(frame.values(), part);
        }
    }

    @Test
    void columnsReadBackBitForBit() throws IOException {
        double[] x = values(50, 3);
        double[] y = values(50, 4);
        Path file = temp.resolve("energy_xes.xes_bottom.txt");
        ArrayTextFiles.writeColumns(file, List.of("energy_bottom", "xes_bottom"), List.of(x, y));
        assertEquals("# energy_bottom xes_bottom", Files.readAllLines(file).get(0));
        List<Integer> lengths = new ArrayList<>();
        double[] back = readBack(file, lengths);
        double[] xBack = new double[50];
        double[] yBack = new double[50];
        for (int i = 0; i < 50; i++) {
            xBack[i] = back[2 * i];
            yBack[i] = back[2 * i + 1];
        }
        assertBitForBit(x, xBack);
        assertBitForBit(y, yBack);
    }

    private static void assertBitForBit(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        long[] expectedBits = java.util.Arrays.stream(expected).mapToLong(Double::doubleToRawLongBits).toArray();
        long[] actualBits = java.util.Arrays.stream(actual).mapToLong(Double::doubleToRawLongBits).toArray();
        assertArrayEquals(expectedBits, actualBits);
    }
}
