package org.parseq.ui.controls;

import java.util.List;

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

    /** A control made for one transform by a pipeline's UI bundle, instead of the generated one. */
    interface CustomControls {
        /** Builds the controls of a transform into a parent; returns a refresher. */
        Runnable create(org.eclipse.swt.widgets.Composite parent, TransformDefinition transform, ParameterEditor editor);
    }
}
