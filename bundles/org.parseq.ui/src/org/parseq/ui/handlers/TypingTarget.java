package org.parseq.ui.handlers;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Whether a key press of Undo or Redo was meant for a text field: the key binding reaches the
 * handler before the field, and the user who types in a field and presses Ctrl+Z means the
 * typing, not an edit of the data. From the menu, Undo and Redo always work on the data.
 */
final class TypingTarget {

    private TypingTarget() {
    }

    /** The field that has the focus when a key triggered the command, else null. */
    static Control of(Event trigger) {
        if (trigger == null || trigger.type != SWT.KeyDown) {
            return null;
        }
        Display display = Display.getCurrent();
        // the key event names its widget; the focus control is the fallback
        Control focus = trigger.widget instanceof Control control ? control
                : display == null ? null : display.getFocusControl();
        boolean typing = focus instanceof Text || focus instanceof Spinner
                || focus instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) == 0;
        return typing ? focus : null;
    }
}
