package org.parseq.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the next dialog with a title, while it runs its own modal loop, by pressing one of its
 * buttons with an SWT selection event as a click does; remembers what the dialog said and its size.
 */
final class DialogAnswer {

    private final List<String> texts = new ArrayList<>();
    private Point size;
    private boolean answered;

    private DialogAnswer() {
    }

    /**
     * Starts watching for the dialog; call before the action that opens it.
     *
     * @param before run on the dialog before the button is pressed, e.g. to tick items; may be null
     */
    static DialogAnswer press(Display display, Shell main, String title, String button, Consumer<Shell> before) {
        DialogAnswer answer = new DialogAnswer();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (answer.answered || System.currentTimeMillis() > deadline) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (shell != main && !shell.isDisposed() && shell.isVisible() && shell.getText().contains(title)) {
                    Button pressed = find(shell, button);
                    if (pressed != null) {
                        answer.size = shell.getSize();
                        collectTexts(shell, answer.texts);
                        if (before != null) {
                            before.accept(shell);
                        }
                        answer.answered = true;
                        pressed.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
                        return;
                    }
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return answer;
    }

    boolean answered() {
        return answered;
    }

    /** Everything the dialog's labels said, joined. */
    String text() {
        return String.join("\n", texts);
    }

    Point size() {
        return size;
    }

    private static Button find(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && button.getText().replace("&", "").equals(label)) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = find(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collectTexts(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isBlank()) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                collectTexts(composite, texts);
            }
        }
    }
}
