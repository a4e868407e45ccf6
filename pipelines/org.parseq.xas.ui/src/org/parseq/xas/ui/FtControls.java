package org.parseq.xas.ui;

import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.ui.controls.ParameterEditor;

/** The controls of "make FT": the window on χ(k) before the transform and the r range kept. */
public final class FtControls implements ParameterEditor.CustomControls {

    @Override
    public Set<String> parameters(TransformDefinition transform) {
        return Set.copyOf(build(Fields.namesOnly(transform)).shown());
    }

    @Override
    public Runnable create(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        return build(new Fields(parent, transform, editor))::refresh;
    }

    private static Fields build(Fields f) {
        return f.section("FT window")
                .options("ftWindowKind", "window", "Shape of the window on χ(k) over the k range of make chi",
                        "none", "box", "linear-tapered", "cosine-tapered", "Gaussian-tapered")
                .pair("ftWindowProp", "taper, end value", "and", "Å⁻¹",
                        "Width of the tapers in Å⁻¹ and the window's value at the ends of the k range; the window is "
                                + "drawn on the χ(k) plot", null, false)
                .field("rmax", "r max", "Å", "The FT is kept up to this r, in Å")
                .check("forceFT0", "subtract the mean", "Subtract the mean of the windowed χ before the FT");
    }
}
