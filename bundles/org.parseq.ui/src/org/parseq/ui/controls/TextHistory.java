package org.parseq.ui.controls;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * The typing history of one text field, so that Ctrl+Z in a field takes back what was typed
 * there instead of undoing an edit of the data (GTK 3 text fields keep no history of their
 * own). A text set by the program, e.g. when the selection changes, starts a new history.
 */
public final class TextHistory {

    private static final String KEY = TextHistory.class.getName();

    private final Text text;
    private final Deque<String> undone = new ArrayDeque<>();
    private final Deque<String> redone = new ArrayDeque<>();
    private String current;
    private boolean restoring;

    private TextHistory(Text text) {
        this.text = text;
        this.current = text.getText();
        text.addListener(SWT.Modify, event -> typed());
    }

    /** Keeps the history of a field from now on. */
    public static TextHistory attach(Text text) {
        TextHistory history = new TextHistory(text);
        text.setData(KEY, history);
        return history;
    }

    /** The history of a control, or null if it keeps none. */
    public static TextHistory of(Control control) {
        return control == null ? null : control.getData(KEY) instanceof TextHistory history ? history : null;
    }

    /** Sets the text as the program's, not the user's: nothing before it can be undone. */
    public void reset(String value) {
        restoring = true;
        try {
            text.setText(value);
        } finally {
            restoring = false;
        }
        current = value;
        undone.clear();
        redone.clear();
    }

    public boolean undo() {
        return move(undone, redone);
    }

    public boolean redo() {
        return move(redone, undone);
    }

    private boolean move(Deque<String> from, Deque<String> to) {
        if (from.isEmpty()) {
            return false;
        }
        to.push(current);
        current = from.pop();
        restoring = true;
        try {
            text.setText(current);
            text.setSelection(current.length());
        } finally {
            restoring = false;
        }
        return true;
    }

    private void typed() {
        if (restoring) {
            return;
        }
        String now = text.getText();
        if (!now.equals(current)) {
            undone.push(current);
            redone.clear();
            current = now;
        }
    }
}
