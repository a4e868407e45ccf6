package org.parseq.xas.ui;

import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.ui.controls.ParameterEditor;

/**
 * Controls of a transform described once by {@link #build}: the same description lists the
 * parameters they show (so that the generated controls leave those out) and makes the widgets.
 */
abstract class SectionControls implements ParameterEditor.CustomControls {

    /** Adds the rows of the transform's parameters to the fields, in the order they are shown. */
    abstract Fields build(Fields fields);

    @Override
    public Set<String> parameters(TransformDefinition transform) {
        return Set.copyOf(build(Fields.namesOnly(transform)).shown());
    }

    @Override
    public Runnable create(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        return build(new Fields(parent, transform, editor))::refresh;
    }
}
