package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acceptance tolerances of the issue, applied to one reference run. */
final class ReferenceAssertions {

    static final double E0_TOL_EV = 1e-3;
    static final double EDGE_STEP_REL_TOL = 1e-5;
    static final double CHI_REL_RMS_TOL = 1e-4;
    static final double FT_REL_RMS_TOL = 1e-4;
    /** Arrays of the µd node are not part of the acceptance list; they are held tighter to catch drifts early. */
    static final double MU_NODE_REL_RMS_TOL = 1e-6;

    private ReferenceAssertions() {
    }

    static void assertAcceptance(ReferenceRun run, double chiTol) {
        String name = run.item.name;
        System.out.println(run.summary());
        assertTrue(run.e0Error() <= E0_TOL_EV, name + ": E0 off by " + run.e0Error() + " eV");
        assertTrue(run.edgeStepRelError() <= EDGE_STEP_REL_TOL, name + ": edge step off by " + run.edgeStepRelError());
        assertArrayEquals(run.chiRef[0], run.chi.k(), 0.0, name + ": k grid differs");
        assertArrayEquals(run.ftRef[0], run.ft.r(), 0.0, name + ": r grid differs");
        assertTrue(run.chiRelRms() <= chiTol, name + ": chi rel. RMS " + run.chiRelRms());
        assertTrue(run.ftRelRms() <= Math.max(chiTol, FT_REL_RMS_TOL), name + ": |FT| rel. RMS " + run.ftRelRms());
        assertArrayEquals(run.bftRef[0], run.bft.bftk(), 0.0, name + ": bftk grid differs");
        assertTrue(run.bftRelRms() <= Math.max(chiTol, FT_REL_RMS_TOL), name + ": BFT rel. RMS " + run.bftRelRms());
        assertTrue(Metrics.relRms(run.ft.ftr(), run.ftRef[2]) <= Math.max(chiTol, FT_REL_RMS_TOL), name + ": Re FT");
        assertTrue(Metrics.relRms(run.ft.fti(), run.ftRef[3]) <= Math.max(chiTol, FT_REL_RMS_TOL), name + ": Im FT");
        assertArrayEquals(run.chiRef[2], run.ft.ftwindow(), 1e-12, name + ": FT window");
        assertArrayEquals(run.ftRef[4], run.bft.bftwindow(), 1e-12, name + ": BFT window");
    }

    static void assertMuNode(ReferenceRun run, double tol) {
        String name = run.item.name;
        double[][] ref = run.muRef;
        assertArrayEquals(ref[0], run.chi.e(), 1e-9, name + ": energy grid");
        String[] labels = {"mu", "mu_der", "pre_edge", "post_edge", "norm", "flat", "mu0prior", "mu0"};
        double[][] mine = {run.chi.mu(), run.chi.muDer(), run.chi.preEdge(), run.chi.postEdge(), run.chi.norm(),
            run.chi.flat(), run.chi.mu0prior(), run.chi.mu0()};
        for (int i = 0; i < labels.length; i++) {
            double err = Metrics.relRms(mine[i], ref[i + 1]);
            assertTrue(err <= tol, name + ": " + labels[i] + " rel. RMS " + err);
        }
    }
}
