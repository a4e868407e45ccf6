package org.parseq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parseq.ui.parts.GettingStartedPart;

class GettingStartedPartTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void tellsANewUserWhatToDoFirst() {
        GettingStartedPart part = new GettingStartedPart();
        part.createControls(shell);
        List<String> texts = new ArrayList<>();
        collectLabelTexts(shell, texts);

        assertEquals("No data loaded yet", texts.get(0));
        assertTrue(texts.stream().anyMatch(t -> t.contains("Load your spectra")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Edit \u203a Undo")), texts::toString);
    }

    private static void collectLabelTexts(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                collectLabelTexts(composite, texts);
            }
        }
    }
}
