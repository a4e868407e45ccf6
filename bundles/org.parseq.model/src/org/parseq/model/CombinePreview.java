package org.parseq.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parseq.core.combine.InitialSpectrum;
import org.parseq.core.combine.McrCombination;
import org.parseq.core.combine.McrComponent;
import org.parseq.core.combine.McrErrorBands;
import org.parseq.core.combine.McrResult;
import org.parseq.core.combine.McrSettings;
import org.parseq.core.combine.PcaCombination;
import org.parseq.core.combine.PrincipalComponents;
import org.parseq.core.combine.XRange;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * What a "Combine" of PCA or MCR-ALS would find, before it is made: the scree plot and
 * Malinowski's IND of PCA, the concentrations C of MCR-ALS with their error bands. Computed
 * from the parents' current results with the same core classes the combined items use; slow
 * for many spectra, so the workbench calls it in a Job.
 */
public final class CombinePreview {

    /** The outcome: a problem sentence, or the numbers to plot. */
    public sealed interface Outcome permits Problem, Nothing, Pca, Mcr {
    }

    /** Why the combination cannot be made. */
    public record Problem(String message) implements Outcome {
    }

    /** A kind without a preview (average, sum, RMS, target transformation). */
    public record Nothing() implements Outcome {
    }

    /**
     * @param eigenvalues decreasing, summing to 1
     * @param indicator   Malinowski's IND for 1 … n−1 components
     * @param minimum     the number of components where IND is smallest
     */
    public record Pca(double[] eigenvalues, double[] indicator, int minimum) implements Outcome {
    }

    /**
     * @param concentrations C, [item][component − 1]
     * @param lower          its lower error band
     * @param upper          its upper error band
     * @param iterations     MCR-ALS iterations made
     */
    public record Mcr(double[][] concentrations, double[][] lower, double[][] upper, int iterations)
            implements Outcome {
    }

    private CombinePreview() {
    }

    /**
     * @param names   the parents' aliases
     * @param results the parents' results at the node
     */
    public static Outcome of(NodeDefinition node, CombinationKind kind, CombineSettings settings, boolean interpolate,
            List<String> names, List<NodeResult> results) {
        Optional<String> problem = CombinationCheck.problem(node, kind, settings, interpolate, names, results,
                kind == CombinationKind.TARGET_TRANSFORMATION ? settings.basis().size() : 0);
        if (problem.isPresent()) {
            return new Problem(problem.get());
        }
        if (!kind.isPca() && kind != CombinationKind.MCR_ALS) {
            return new Nothing();
        }
        String array = settings.array() != null ? settings.array() : node.arrays().stream()
                .filter(a -> a.role() == ArrayRole.Y).map(a -> a.name()).findFirst().orElse(null);
        XRange range = new XRange(settings.xMin() == null ? Double.NEGATIVE_INFINITY : settings.xMin(),
                settings.xMax() == null ? Double.POSITIVE_INFINITY : settings.xMax());
        try {
            AlignedArrays parents = AlignedArrays.of(node, results, names);
            if (kind.isPca()) {
                PrincipalComponents pca = new PcaCombination(PcaCombination.Kind.CLASSIC, settings.components(), array,
                        range).decomposition(parents);
                return new Pca(pca.eigenvalues(), pca.indicator(), pca.indicatorMinimum());
            }
            List<McrComponent> components = new ArrayList<>();
            for (CombineSettings.Component component : settings.mcrComponents()) {
                // a picked start needs the picked item's result: the preview starts such a component from auto
                McrComponent made = new McrComponent(component.initial() == InitialSpectrum.REFERENCE
                        ? InitialSpectrum.AUTO : component.initial(), null,
                        component.positiveS(), component.zeroMinimumC(), component.bound(), component.boundValue());
                components.add(made);
            }
            McrSettings mcrSettings = McrSettings.DEFAULT.withMaxIterations(settings.maxIterations())
                    .withSeed(settings.seed());
            McrCombination mcr = new McrCombination(components, mcrSettings, array, range);
            McrResult result = mcr.decomposition(parents);
            McrErrorBands bands = mcr.errorBands(parents);
            int items = result.concentrations(1).length;
            double[][] c = new double[items][result.components()];
            for (int k = 1; k <= result.components(); k++) {
                double[] column = result.concentrations(k);
                for (int i = 0; i < items; i++) {
                    c[i][k - 1] = column[i];
                }
            }
            return new Mcr(c, bands.concentrationsLower(), bands.concentrationsUpper(), result.iterations());
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            return new Problem(e.getMessage());
        }
    }
}
