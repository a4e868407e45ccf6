package org.parseq.xas.tests;

import org.parseq.xas.numerics.BftResult;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.EntryTransforms;
import org.parseq.xas.numerics.FourierTransforms;
import org.parseq.xas.numerics.FtResult;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.numerics.MakeFtParams;

/** Runs one reference item through mu → chi → FT → BFT and measures the deviations. */
final class ReferenceRun {

    final ReferenceItem item;
    final double[] muraw;
    final double[] murawExpected;
    final ChiResult chi;
    final FtResult ft;
    final BftResult bft;
    final double[][] muRef;
    final double[][] chiRef;
    final double[][] ftRef;
    final double[][] bftRef;

    ReferenceRun(ReferenceItem item) {
        this.item = item;
        double[][] raw = item.table("0_raw.txt.gz");
        double[] eraw = raw[0];
        if (item.entersAtMu()) {
            murawExpected = raw[1];
            muraw = raw[1];
        } else {
            murawExpected = raw[3];
            muraw = EntryTransforms.transmission(raw[1], raw[2]);
        }
        MakeChiParams cp = item.chiParams();
        MakeFtParams fp = item.ftParams();
        MakeBftParams bp = item.bftParams();
        chi = ChiTransform.makeChi(eraw, muraw, null, cp);
        ft = FourierTransforms.makeFt(chi.k(), chi.chi(), fp, cp.krange, chi.datakmax(), cp.dk);
        bft = FourierTransforms.makeBft(chi.k(), ft, bp, cp.krange, cp.dk);
        muRef = item.table("1_mu.txt.gz");
        chiRef = item.table("2_chi.txt.gz");
        ftRef = item.table("3_ft.txt.gz");
        bftRef = item.table("4_bft.txt.gz");
    }

    double e0Error() {
        return Math.abs(chi.e0() - item.scalar("e0"));
    }

    double edgeStepRelError() {
        double ref = item.scalar("edge_step");
        return Math.abs(chi.edgeStep() - ref) / Math.abs(ref);
    }

    boolean kGridIdentical() {
        return java.util.Arrays.equals(chi.k(), chiRef[0]);
    }

    boolean rGridIdentical() {
        return java.util.Arrays.equals(ft.r(), ftRef[0]);
    }

    double chiRelRms() {
        return chi.k().length == chiRef[0].length ? Metrics.relRms(chi.chi(), chiRef[1]) : Double.POSITIVE_INFINITY;
    }

    double ftRelRms() {
        return ft.r().length == ftRef[0].length ? Metrics.relRms(ft.ft(), ftRef[1]) : Double.POSITIVE_INFINITY;
    }

    double bftRelRms() {
        return bft.bftk().length == bftRef[0].length ? Metrics.relRms(bft.bft(), bftRef[1])
                : Double.POSITIVE_INFINITY;
    }

    double mu0RelRms() {
        return chi.mu0().length == muRef[8].length ? Metrics.relRms(chi.mu0(), muRef[8]) : Double.POSITIVE_INFINITY;
    }

    String summary() {
        return String.format("%-40s dE0=%.2e dStep=%.2e k=%s r=%s chi=%.2e |FT|=%.2e bft=%.2e mu0=%.2e",
                item.name, e0Error(), edgeStepRelError(), kGridIdentical(), rGridIdentical(), chiRelRms(),
                ftRelRms(), bftRelRms(), mu0RelRms());
    }
}
