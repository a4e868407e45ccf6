package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.CombinationCheck;
import org.parseq.model.CombinationKind;
import org.parseq.model.CombineEdit;
import org.parseq.model.CombinePreview;
import org.parseq.model.CombineSettings;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * What the combine panel asks of the model, on the 19 Cu spectra of cu-ref-mix.res at µd: the
 * preview of PCA is the original's decomposition (IND minimum at 9, first eigenvalue), the one
 * of MCR-ALS gives C with bands around it; "Combine" with the parents moved into a group and
 * stopped at the node is one edit that one undo takes back; and every kind of bad input is one
 * sentence naming what is wrong.
 */
class CombinePanelEditsTest {

    private static Session session;
    private static NodeDefinition mu;
    private static List<DataItem> spectra;

    @BeforeAll
    static void loadTheNineteenSpectra() {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        session = new Session(xas, new FileSourceResolver(xas), 2);
        mu = xas.requireNode("mu");
        Path file = ReferenceTables.shared().resolve("data/parseq-xas/cu-ref-mix.res");
        ReferenceTables table = ReferenceTables.read(file);
        List<String> names = table.names().subList(1, table.names().size());
        spectra = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            spectra.add(session.load(names.get(i), "µd", file.toString(), null,
                    "{\"node\":\"mu\",\"columns\":{\"e\":\"0\",\"mu\":\"" + (i + 1) + "\"},\"skipRows\":1}"));
        }
        session.run();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static List<NodeResult> results(List<DataItem> items) {
        return items.stream().map(item -> session.result(item, "mu")).toList();
    }

    private static List<String> names(List<DataItem> items) {
        return items.stream().map(DataItem::getAlias).toList();
    }

    @Test
    void thePcaPreviewIsTheOriginalsDecomposition() {
        CombinePreview.Outcome outcome = CombinePreview.of(mu, CombinationKind.PCA_CLASSIC,
                CombineSettings.pca(3, "mu"), false, names(spectra), results(spectra));
        CombinePreview.Pca pca = assertInstanceOf(CombinePreview.Pca.class, outcome);
        assertEquals(9, pca.minimum());
        assertEquals(19, pca.eigenvalues().length);
        assertEquals(0.99401078270216636, pca.eigenvalues()[0], 1e-8 * 0.994);
        assertEquals(18, pca.indicator().length);
    }

    @Test
    void theMcrPreviewHasConcentrationsWithinTheirBands() {
        CombineSettings settings = CombineSettings.mcr("mu", List.of(CombineSettings.Component.auto(),
                CombineSettings.Component.auto()));
        CombinePreview.Mcr mcr = assertInstanceOf(CombinePreview.Mcr.class, CombinePreview.of(mu,
                CombinationKind.MCR_ALS, settings, false, names(spectra), results(spectra)));
        assertEquals(19, mcr.concentrations().length);
        for (int i = 0; i < 19; i++) {
            double rowSum = 0;
            for (int k = 0; k < 2; k++) {
                rowSum += mcr.concentrations()[i][k];
                assertTrue(mcr.lower()[i][k] <= mcr.concentrations()[i][k] + 1e-12
                        && mcr.concentrations()[i][k] <= mcr.upper()[i][k] + 1e-12, "item " + i + ", C" + (k + 1));
            }
            assertEquals(1, rowSum, 1e-9, "rows of C sum to one");
        }
    }

    @Test
    void combineWithGroupAndStopIsOneEditThatOneUndoTakesBack() {
        List<DataItem> four = spectra.subList(0, 4);
        List<String> before = session.root().getChildren().stream().map(TreeElement::getAlias).toList();
        session.execute(CombineEdit.of(session.domain(), session.root(), CombinationKind.PCA_CLASSIC, "mu", four,
                CombineSettings.pca(2, "mu"), true, true));
        DataGroup group = (DataGroup) four.get(0).eContainer();
        assertEquals(4 + 4, group.getChildren().size(), "the parents and their 4 PCA groups, in the new group");
        assertEquals(names(four), group.getChildren().subList(0, 4).stream().map(TreeElement::getAlias).toList());
        assertEquals(four.get(0).getAlias() + "-PCA2", group.getChildren().get(4).getAlias(),
                "the results follow the parents where they now are");
        four.forEach(item -> assertEquals("mu", item.getStopNode()));
        session.run();
        DataItem component = (DataItem) ((DataGroup) group.getChildren().get(4)).getChildren().get(0);
        assertTrue(session.result(component, "mu").isGood(), session.result(component, "mu").message());
        assertTrue(session.result(component, "ft").isGood(), "a result goes on where its stopped parents do not");
        assertTrue(session.undo());
        assertEquals(before, session.root().getChildren().stream().map(TreeElement::getAlias).toList());
        four.forEach(item -> assertNull(item.getStopNode()));
        assertEquals(session.root(), four.get(0).eContainer());
    }

    @Test
    void badInputIsOneSentenceNamingWhatIsWrong() {
        List<DataItem> three = spectra.subList(0, 3);
        assertEquals(Optional.of("4 components need at least 4 items; 3 are selected"), check(
                CombinationKind.PCA_CLASSIC, CombineSettings.pca(4, "mu"), false, three, results(three)));
        Optional<String> range = check(CombinationKind.MCR_ALS, CombineSettings.mcr("mu", List.of(
                CombineSettings.Component.auto())).withRange(20000.0, null), false, three, results(three));
        assertTrue(range.orElseThrow().startsWith("the x range [20000.0, open] holds no point of cu-foil_ave1"),
                range.toString());

        List<NodeResult> shortened = new ArrayList<>(results(three));
        shortened.set(1, withArrays(shortened.get(1), 10, false));
        Optional<String> lengths = check(CombinationKind.AVERAGE, CombineSettings.NONE, false, three, shortened);
        assertTrue(lengths.orElseThrow().startsWith("items of different lengths at node 'µd': cu-foil_ave1 has 1250"
                + " points, " + three.get(1).getAlias() + " 1240"), lengths.toString());
        assertEquals(Optional.empty(), check(CombinationKind.AVERAGE, CombineSettings.NONE, true, three, shortened),
                "with interpolation the lengths may differ");

        List<NodeResult> withNaN = new ArrayList<>(results(three));
        withNaN.set(2, withArrays(withNaN.get(2), 0, true));
        Optional<String> nan = check(CombinationKind.PCA_CUMULATIVE, CombineSettings.pca(2, "mu"), false, three,
                withNaN);
        assertTrue(nan.orElseThrow().startsWith(three.get(2).getAlias() + " has NaN in 'mu' at node 'µd' (point 7"),
                nan.toString());
        CombinePreview.Problem problem = assertInstanceOf(CombinePreview.Problem.class, CombinePreview.of(mu,
                CombinationKind.PCA_CUMULATIVE, CombineSettings.pca(2, "mu"), false, names(three), withNaN));
        assertEquals(nan.get(), problem.message());
    }

    private static Optional<String> check(CombinationKind kind, CombineSettings settings, boolean interpolate,
            List<DataItem> items, List<NodeResult> results) {
        return CombinationCheck.problem(mu, kind, settings, interpolate, names(items), results, 0);
    }

    /** A copy of a result with its 1D arrays shortened by some points, or with NaN at point 7 of mu. */
    private static NodeResult withArrays(NodeResult result, int dropped, boolean nanInMu) {
        Map<String, double[]> arrays = new HashMap<>();
        int length = result.arrays().get("e").length;
        result.arrays().forEach((name, values) -> {
            double[] copy = values.length == length ? java.util.Arrays.copyOf(values, length - dropped)
                    : values.clone();
            if (nanInMu && name.equals("mu")) {
                copy[7] = Double.NaN;
            }
            arrays.put(name, copy);
        });
        return new NodeResult(result.key(), result.status(), arrays, result.scalars(), result.message(),
                result.stackTrace());
    }
}
