package org.parseq.ui.controls;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * What the parameter controls do with a user's input. The workbench implements it with
 * commands on the selected items, so every change can be undone.
 */
public interface ParameterEditor {

    /** The value the controls show when the selected items agree: the first selected item's, or the default. */
    Object currentValue(ParameterDescriptor parameter);

    /** Whether the selected items differ in this parameter. */
    default boolean isMixed(ParameterDescriptor parameter) {
        return false;
    }

    /** The selected items' values of a parameter, for a tooltip, e.g. "20 (Cu1), 0 (Cu2, Cu3)". */
    default String describeValues(ParameterDescriptor parameter) {
        return String.valueOf(currentValue(parameter));
    }

    /** Sets a checked value on all selected items. */
    void set(ParameterDescriptor parameter, Object value);

    /** Copies these parameters of the first selected item to items the user picks. */
    void applyToPicked(List<ParameterDescriptor> parameters);

    /** Returns these parameters of the selected items to their defaults. */
    void resetToDefault(List<ParameterDescriptor> parameters);

    /** Whether any item is selected; controls are disabled otherwise. */
    boolean hasSelection();

    /**
     * Sets several checked values on all selected items as one edit (one Undo), which the Edit
     * menu calls {@code editName}; parameters whose values do not change are left alone.
     */
    default void setAll(Map<ParameterDescriptor, Object> values, String editName) {
        values.forEach(this::set);
    }

    /** The groups of the data tree, depth first, for controls that pick items by group. Read only. */
    default List<ItemGroup> groups() {
        return List.of();
    }

    /**
     * What the transforms found for each selected item at a node, in selection order: its
     * scalars there, or none and the reason when it has no good result there. Read only.
     */
    default List<FoundValues> found(String nodeId) {
        return List.of();
    }

    /** A group of the data tree and the aliases of the items directly in it, in tree order. */
    record ItemGroup(String name, List<String> itemAliases) {
    }

    /** A selected item's scalars at a node; {@code problem} is empty when its result there is good. */
    record FoundValues(String alias, Map<String, Double> scalars, String problem) {
    }

    /** A control made for one transform by a pipeline's UI bundle, instead of the generated one. */
    interface CustomControls {
        /** Builds the controls of a transform into a parent; returns a refresher. */
        Runnable create(org.eclipse.swt.widgets.Composite parent, TransformDefinition transform, ParameterEditor editor);

        /**
         * The parameters these controls show; the workbench generates the usual controls for the
         * transform's other parameters, below these. All of them unless overridden.
         */
        default Set<String> parameters(TransformDefinition transform) {
            return Set.copyOf(transform.parameters().stream().map(ParameterDescriptor::name).toList());
        }
    }
}
