package org.parseq.ui.files;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.parseq.io.DataFormatException;
import org.parseq.io.read.AutoFormat;
import org.parseq.io.read.ColumnGuess;

/**
 * "Automatic Format": reads the column names of the selected column file (energy, I0, It, If,
 * reference, µ as beamlines write them), fills the format panel with what it found and says
 * so in one line, for the user to accept or correct field by field; a file it cannot read
 * gets the reader's reason (file, line, what was expected) in that line instead.
 */
final class AutomaticFormat extends Composite {

    private final Button button;
    private final Label finding;
    private Path file;

    AutomaticFormat(Composite parent, FormatPanel format) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        button = new Button(this, SWT.PUSH);
        button.setText("Automatic Format");
        button.setToolTipText("Find energy, I0, It, If and µ from the selected column file's header");
        button.setEnabled(false);
        finding = new Label(this, SWT.WRAP);
        GridData wrap = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wrap.widthHint = 240;
        finding.setLayoutData(wrap);
        button.addListener(SWT.Selection, event -> guess(format));
    }

    /** The column file the button reads, or null when none is selected. */
    void setFile(Path selected) {
        file = selected;
        button.setEnabled(selected != null);
    }

    /** Fills the format from the file's header; returns what was found or why not, as shown. */
    String guess(FormatPanel format) {
        if (file == null) {
            return "";
        }
        try {
            ColumnGuess guess = AutoFormat.guess(file);
            format.show(FormatDraft.fromJson(AutoFormat.formatJson(guess, format.pipeline())));
            finding.setForeground(null);
            finding.setText("From the header of " + file.getFileName() + ": " + guess.describe()
                    + ". Check the fields and correct what is wrong.");
        } catch (DataFormatException e) {
            finding.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            finding.setText(e.getMessage());
        }
        getParent().layout(true, true);
        return finding.getText();
    }

    Button button() {
        return button;
    }
}
