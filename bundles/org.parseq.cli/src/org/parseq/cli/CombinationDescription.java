package org.parseq.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.combine.McrErrorBands;
import org.parseq.core.combine.McrResult;
import org.parseq.core.combine.PrincipalComponents;
import org.parseq.model.CombinationKind;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.McrComponentSettings;
import org.parseq.model.session.Session;

/**
 * The {@code combination} entry of a combined item's params.json: how it was made (kind, node,
 * parents, settings) and the matrices behind it: PCA's eigenvalues, IE, IND and the eigenvectors of its
 * components;
 * MCR-ALS' C, (CᵀC)⁻¹, its iterations and residuals and the error bands of C and of its own
 * spectrum. The items of one MCR-ALS share its error bands, computed once (they are random
 * rotations from the seed).
 */
final class CombinationDescription {

    private final Session session;
    private final Map<McrResult, McrErrorBands> bands = new IdentityHashMap<>();

    CombinationDescription(Session session) {
        this.session = session;
    }

    /** @return null for an item that is not combined */
    Map<String, Object> of(DataItem item) {
        Combination combination = item.getCombination();
        if (combination == null) {
            return null;
        }
        Map<String, Object> description = new LinkedHashMap<>();
        CombinationKind kind = CombinationKind.byId(combination.getKind());
        description.put("kind", kind.id());
        description.put("node", combination.getNode());
        description.put("parents", combination.getParents().stream().map(DataItem::getAlias).toList());
        if (!kind.isPointwise()) {
            putSettings(description, kind, combination);
        }
        try {
            if (kind.isPca()) {
                putPca(description, session.principalComponents(item), combination.getComponents());
            } else if (kind == CombinationKind.MCR_ALS) {
                putMcr(description, item, combination.getComponent());
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the item itself is BAD and says why; its matrices do not exist
            description.put("matricesUnavailable", e.getMessage());
        }
        return description;
    }

    private static void putSettings(Map<String, Object> description, CombinationKind kind, Combination combination) {
        if (kind == CombinationKind.TARGET_TRANSFORMATION) {
            List<DataItem> parents = combination.getParents();
            description.put("target", combination.getTarget().getAlias());
            description.put("basis", parents.subList(0, parents.size() - 1).stream().map(DataItem::getAlias).toList());
            return;
        }
        description.put("array", combination.getArray());
        description.put("xmin", combination.getXMin());
        description.put("xmax", combination.getXMax());
        description.put("components", combination.getComponents());
        description.put("component", combination.getComponent());
        if (kind.isPca()) {
            description.put("target", combination.getTarget().getAlias());
            return;
        }
        description.put("seed", combination.getSeed());
        description.put("maxIterations", combination.getMaxIterations());
        List<Map<String, Object>> components = new ArrayList<>();
        for (McrComponentSettings setting : combination.getMcrComponents()) {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("initial", setting.getReference() == null ? setting.getInitial()
                    : setting.getReference().getAlias());
            component.put("positiveS", setting.isPositiveS());
            component.put("zeroMinimumC", setting.isZeroMinimumC());
            component.put("bound", setting.getBound() == null || setting.getBound().isEmpty() ? null
                    : setting.getBound());
            component.put("boundValue", setting.getBoundValue());
            components.add(component);
        }
        description.put("componentSettings", components);
    }

    /** The eigenvectors of the N components used: all n would be n² numbers in each of n·N items. */
    private static void putPca(Map<String, Object> description, PrincipalComponents pca, int components) {
        description.put("eigenvalues", numbers(pca.eigenvalues()));
        description.put("IE", numbers(pca.imbeddedError()));
        description.put("IND", numbers(pca.indicator()));
        description.put("INDminimum", pca.indicatorMinimum());
        List<Object> eigenvectors = new ArrayList<>();
        for (int k = 1; k <= Math.min(components, pca.spectra()); k++) {
            eigenvectors.add(numbers(pca.eigenvector(k)));
        }
        description.put("eigenvectors", eigenvectors);
    }

    private void putMcr(Map<String, Object> description, DataItem item, int component) {
        McrResult result = session.mcrResult(item);
        McrErrorBands errorBands = bands.computeIfAbsent(result, r -> session.mcrErrorBands(item));
        description.put("iterations", result.iterations());
        description.put("converged", result.converged());
        double[] residuals = result.residualNorms();
        description.put("finalResidual", residuals.length == 0 ? null : number(residuals[residuals.length - 1]));
        int items = result.concentrations(1).length;
        double[][] c = new double[items][result.components()];
        for (int k = 1; k <= result.components(); k++) {
            double[] column = result.concentrations(k);
            for (int i = 0; i < items; i++) {
                c[i][k - 1] = column[i];
            }
        }
        description.put("C", rows(c));
        description.put("C_lower", rows(errorBands.concentrationsLower()));
        description.put("C_upper", rows(errorBands.concentrationsUpper()));
        description.put("inverseCtC", rows(result.inverseCtC()));
        description.put("S_lower", column(errorBands.spectraLower(), component - 1));
        description.put("S_upper", column(errorBands.spectraUpper(), component - 1));
    }

    private static List<Object> rows(double[][] matrix) {
        List<Object> rows = new ArrayList<>(matrix.length);
        for (double[] row : matrix) {
            rows.add(numbers(row));
        }
        return rows;
    }

    private static List<Object> column(double[][] matrix, int column) {
        List<Object> values = new ArrayList<>(matrix.length);
        for (double[] row : matrix) {
            values.add(number(row[column]));
        }
        return values;
    }

    private static List<Object> numbers(double[] values) {
        List<Object> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(number(value));
        }
        return list;
    }

    /** As params.json writes numbers: NaN as null, infinities as "inf". */
    private static Object number(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return value;
    }
}
