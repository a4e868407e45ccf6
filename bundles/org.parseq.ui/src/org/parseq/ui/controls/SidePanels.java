package org.parseq.ui.controls;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The panels a node view shows beside its plot on demand (combine, fit): their toggle and their room. */
public final class SidePanels {

    private SidePanels() {
    }

    /** A toggle button in the plot's bar that shows and hides a panel. */
    public static Button toggle(Composite bar, String text, String tip, Consumer<Boolean> setShown) {
        Button toggle = new Button(bar, SWT.TOGGLE);
        toggle.setText(text);
        toggle.setToolTipText(tip);
        toggle.addListener(SWT.Selection, event -> setShown.accept(toggle.getSelection()));
        return toggle;
    }

    /** Shows a panel of the view's sash, as wide as half of the rest, or hides it. */
    public static void show(Composite panel, boolean shown) {
        panel.setVisible(shown);
        if (panel.getParent() instanceof SashForm sash) {
            int[] weights = sash.getWeights();
            int own = Arrays.asList(sash.getChildren()).indexOf(panel);
            if (shown && own >= 0 && own < weights.length) {
                int total = Arrays.stream(weights).sum();
                weights[own] = Math.max(1, (total - weights[own]) / 2);
                sash.setWeights(weights);
            }
            sash.layout(true, true);
        }
    }
}
