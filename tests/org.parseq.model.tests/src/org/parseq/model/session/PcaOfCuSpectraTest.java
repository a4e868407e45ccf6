package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parseq.core.combine.PrincipalComponents;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.CombineSettings;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * The 19 Cu spectra of cu-ref-mix.res, loaded into the XAS pipeline at µd and combined there
 * by PCA through the session, against the original's numbers (reference/parseq-combos/
 * pca_cu-ref-mix): the result items are the original's classic and cumulative components to
 * 1e-8 of each spectrum's largest value, the decomposition behind them has the original's
 * eigenvalues, IE and IND to 1e-8 of themselves, and all items of one PCA share it. The
 * target transformation of the two mixtures onto Cu₂O and CuO is the original's to 1e-8
 * relative RMS (reference/parseq-combos/tt).
 */
class PcaOfCuSpectraTest {

    private static final double TOLERANCE = 1e-8;
    private static final int N = 4;

    private static Session session;
    private static List<String> names;
    private static List<TreeElement> classic;
    private static List<TreeElement> cumulative;
    private static List<TreeElement> transformed;
    private static RunReport report;

    @BeforeAll
    static void combineTheNineteenSpectra() {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        session = new Session(xas, new FileSourceResolver(xas), 2);
        Path file = ReferenceTables.shared().resolve("data/parseq-xas/cu-ref-mix.res");
        ReferenceTables table = ReferenceTables.read(file);
        names = table.names().subList(1, table.names().size());
        List<DataItem> spectra = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            spectra.add(session.load(names.get(i), "µd", file.toString(), null,
                    "{\"node\":\"mu\",\"columns\":{\"e\":\"0\",\"mu\":\"" + (i + 1) + "\"},\"skipRows\":1}"));
        }
        classic = session.combine("pca", "µd", spectra, CombineSettings.pca(N, "mu"));
        cumulative = session.combine("pca-cumulative", "µd", spectra, CombineSettings.pca(N, "mu"));
        DataItem cu2o = session.item("cu2o_ave2");
        DataItem cuo = session.item("cuo_ave2");
        transformed = session.combine("tt", "µd", List.of(session.item("mix1"), session.item("mix2")),
                CombineSettings.tt(List.of(cu2o, cuo)));
        report = session.run();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void everySpectrumGetsAGradientGroupOfItsComponentsNamedAsTheOriginalNamesThem() {
        assertEquals(19, classic.size());
        for (int i = 0; i < names.size(); i++) {
            DataGroup group = assertInstanceOf(DataGroup.class, classic.get(i));
            assertEquals(names.get(i) + "-PCA4", group.getAlias());
            assertEquals(ColourPolicy.GRADIENT, group.getColourPolicy());
            assertEquals(List.of(names.get(i) + "-PCA4_1", names.get(i) + "-PCA4_2", names.get(i) + "-PCA4_3",
                    names.get(i) + "-PCA4_4"), group.getChildren().stream().map(TreeElement::getAlias).toList());
        }
        assertEquals(names.get(0) + "-PCA4 (2)", cumulative.get(0).getAlias(), "the second PCA's names are made unique");
        assertTrue(report.failures().isEmpty(), report.failures().toString());
    }

    @Test
    void classicAndCumulativeItemsAreTheOriginals() {
        double worst = 0;
        for (int k = 1; k <= N; k++) {
            worst = Math.max(worst, compare(classic, "PCA-classic_k" + k, k));
            worst = Math.max(worst, compare(cumulative, "PCA-cumulative_k" + k, k));
        }
        System.out.printf("PCA items at µd against the original: worst relative deviation %.2e%n", worst);
    }

    private static double compare(List<TreeElement> groups, String reference, int k) {
        ReferenceTables expected = ReferenceTables.read(
                ReferenceTables.shared().resolve("reference/parseq-combos/pca_cu-ref-mix/" + reference + ".txt.gz"));
        double worst = 0;
        for (int i = 0; i < names.size(); i++) {
            DataItem item = (DataItem) ((DataGroup) groups.get(i)).getChildren().get(k - 1);
            double deviation = ReferenceTables.relativeMax(session.array(item, "µd", "mu"),
                    expected.column(names.get(i)));
            assertTrue(deviation < TOLERANCE, reference + " of " + names.get(i) + ": " + deviation);
            assertEquals(NodeStatus.GOOD, session.result(item, "µd").status());
            worst = Math.max(worst, deviation);
        }
        return worst;
    }

    @Test
    void theDecompositionBehindTheItemsIsTheOriginalsAndSharedByThem() {
        DataItem first = (DataItem) ((DataGroup) classic.get(0)).getChildren().get(0);
        DataItem last = (DataItem) ((DataGroup) classic.get(18)).getChildren().get(N - 1);
        PrincipalComponents pca = session.principalComponents(first);
        assertSame(pca, session.principalComponents(last), "one decomposition for all items of the combination");
        ReferenceTables expected = ReferenceTables.read(
                ReferenceTables.shared().resolve("reference/parseq-combos/pca_cu-ref-mix/eigenvalues.txt.gz"));
        double[] eigenvalues = pca.eigenvalues();
        double[] ie = pca.imbeddedError();
        double[] ind = pca.indicator();
        double worst = 0;
        for (int k = 1; k <= 19; k++) {
            worst = Math.max(worst, relative(eigenvalues[k - 1], expected.columns()[1][k - 1], "eigenvalue " + k));
            if (k < 19) {
                worst = Math.max(worst, relative(ie[k - 1], expected.columns()[2][k - 1], "IE " + k));
                worst = Math.max(worst, relative(ind[k - 1], expected.columns()[3][k - 1], "IND " + k));
            }
        }
        assertEquals(9, pca.indicatorMinimum(), "IND has its minimum at 9 components, as in the original");
        System.out.printf("eigenvalues, IE, IND from the session: worst relative deviation %.2e%n", worst);
    }

    @Test
    void targetTransformationsOfTheMixturesAreTheOriginals() {
        assertEquals(List.of("mix1-TT", "mix2-TT"), transformed.stream().map(TreeElement::getAlias).toList());
        double worst = 0;
        for (TreeElement element : transformed) {
            DataItem item = (DataItem) element;
            String target = item.getCombination().getTarget().getAlias();
            ReferenceTables expected = ReferenceTables.read(ReferenceTables.shared()
                    .resolve("reference/parseq-combos/tt/A_cu2o-cuo/" + target + ".txt.gz"));
            double deviation = ReferenceTables.relativeRms(session.array(item, "µd", "mu"), expected.column("TT_mu"));
            assertTrue(deviation < TOLERANCE, target + ": " + deviation);
            worst = Math.max(worst, deviation);
        }
        System.out.printf("target transformation at µd against the original: worst relative RMS %.2e%n", worst);
    }

    private static double relative(double actual, double expected, String what) {
        double deviation = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(deviation < TOLERANCE, what + ": " + actual + " vs " + expected);
        return deviation;
    }
}
