package org.parseq.xas.ui;

import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.ui.controls.ParameterEditor;

/** The controls of "make BFT": the window on the FT, in r, before the back transform. */
public final class BftControls implements ParameterEditor.CustomControls {

    @Override
    public Set<String> parameters(TransformDefinition transform) {
        return Set.copyOf(build(Fields.namesOnly(transform)).shown());
    }

    @Override
    public Runnable create(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        return build(new Fields(parent, transform, editor))::refresh;
    }

    private static Fields build(Fields f) {
        return f.section("BFT window")
                .options("bftWindowKind", "window", "Shape of the window on the FT in r",
                        "none", "box", "linear-tapered", "cosine-tapered", "Gaussian-tapered")
                .pair("bftWindowRange", "r range", "Å",
                        "r window from r_min to r_max in Å; both empty: no window (1 everywhere); drawn on the FT plot",
                        null, true)
                .field("bftWindowWidth", "taper width", "Å", "Width of the window's tapers, in Å");
    }
}
