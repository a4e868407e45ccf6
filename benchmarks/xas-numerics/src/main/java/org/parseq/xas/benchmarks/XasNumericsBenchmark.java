package org.parseq.xas.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

import org.parseq.xas.numerics.BftResult;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.EntryTransforms;
import org.parseq.xas.numerics.FourierTransforms;
import org.parseq.xas.numerics.FtResult;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.numerics.MakeFtParams;

/**
 * Serial time per spectrum through mu → chi → FT → BFT on N noisy copies of the 4096-point
 * Cu-foil scan (the original's benchmark: 35.9 ms with defaults, 16.5 ms with the rebinned
 * knot-spline parameters). Reading files is not timed.
 * Usage: XasNumericsBenchmark [sharedDir] [copies] [rounds]
 */
public final class XasNumericsBenchmark {

    private XasNumericsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "/work/shared");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        double[][] raw = readColumns(shared.resolve(
                "reference/parseq-xas/defaults/foils/Cu-foil_EXAFS_23068/0_raw.txt.gz"));
        double[][][] data = noisyCopies(raw, copies);

        MakeChiParams defaults = new MakeChiParams();
        MakeChiParams project = new MakeChiParams();
        project.rebinNeeded = true;
        project.mu0method = 0;
        project.mu0knots = 14;
        project.preedgeExps = new int[] {0, 1};
        project.postedgeExps = new int[] {0, 1};
        MakeFtParams cosine = new MakeFtParams();
        cosine.ftWindowKind = "cosine-tapered";

        report("defaults (smoothing-spline mu0, no rebin)", data, defaults, new MakeFtParams(), rounds);
        report("project-like (rebinned, 14-knot LSQ mu0, cosine window)", data, project, cosine, rounds);
    }

    private static void report(String label, double[][][] data, MakeChiParams cp, MakeFtParams fp, int rounds) {
        MakeBftParams bp = new MakeBftParams();
        double[] perSpectrum = new double[rounds];
        double checksum = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (double[][] item : data) {
                checksum += runChain(item, cp, fp, bp);
            }
            perSpectrum[r] = (System.nanoTime() - t0) / 1e6 / data.length;
        }
        double[] sorted = perSpectrum.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.3f ms/spectrum, best %.3f, first round %.3f (%d spectra x %d rounds, checksum %.6g)%n",
                label, sorted[rounds / 2], sorted[0], perSpectrum[0], data.length, rounds, checksum);
    }

    private static double runChain(double[][] item, MakeChiParams cp, MakeFtParams fp, MakeBftParams bp) {
        double[] mu = EntryTransforms.transmission(item[1], item[2]);
        ChiResult chi = ChiTransform.makeChi(item[0], mu, null, cp);
        FtResult ft = FourierTransforms.makeFt(chi.k(), chi.chi(), fp, cp.krange, chi.datakmax(), cp.dk);
        BftResult bft = FourierTransforms.makeBft(chi.k(), ft, bp, cp.krange, cp.dk);
        return ft.ft()[10] + bft.bft()[0];
    }

    private static double[][][] noisyCopies(double[][] raw, int copies) {
        SplittableRandom rnd = new SplittableRandom(20260601);
        double[][][] out = new double[copies][][];
        for (int c = 0; c < copies; c++) {
            double[] i0 = raw[1].clone();
            double[] itr = raw[2].clone();
            for (int i = 0; i < i0.length; i++) {
                i0[i] *= 1 + 1e-4 * (rnd.nextDouble() - 0.5);
                itr[i] *= 1 + 1e-4 * (rnd.nextDouble() - 0.5);
            }
            out[c] = new double[][] {raw[0], i0, itr};
        }
        return out;
    }

    private static double[][] readColumns(Path gz) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                rows.add(Arrays.stream(line.split("\\s+")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        double[][] cols = new double[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < cols.length; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return cols;
    }
}
