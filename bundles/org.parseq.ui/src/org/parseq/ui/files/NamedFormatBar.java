package org.parseq.ui.files;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.NamedFormats;
import org.parseq.io.tree.TreeEntry;

/**
 * The user's named formats above the format panel: pick one to fill the panel, save the
 * panel's format under a name with the header keywords that recognise its files, delete one;
 * and, for the selected file, the names of the formats whose keywords match its header.
 */
final class NamedFormatBar extends Composite {

    private final NamedFormats store;
    private FormatPanel panel;
    private final Combo names;
    private final Label recognised;

    /** The bar sits above the panel it fills, so the panel is attached once made. */
    NamedFormatBar(Composite parent, NamedFormats store, FormatPanel panel) {
        super(parent, SWT.NONE);
        this.store = store;
        this.panel = panel;
        setLayout(new GridLayout(4, false));
        new Label(this, SWT.NONE).setText("Saved format");
        names = new Combo(this, SWT.READ_ONLY);
        names.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        names.addListener(SWT.Selection, event -> use(names.getText()));
        button("Save As\u2026", this::saveAs);
        button("Delete", this::delete);
        recognised = new Label(this, SWT.WRAP);
        recognised.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        reload();
    }

    void attach(FormatPanel formatPanel) {
        this.panel = formatPanel;
    }

    private void button(String text, Runnable action) {
        Button button = new Button(this, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    private void reload() {
        NamedFormats.Listing listing = store.list();
        names.setItems(listing.names().toArray(String[]::new));
    }

    /** Fills the panel with a saved format. */
    void use(String name) {
        try {
            panel.show(FormatDraft.fromJson(store.load(name).formatJson()));
            names.setText(name);
        } catch (DataFormatException | IllegalArgumentException e) {
            MessageDialog.openError(getShell(), "Saved Format", e.getMessage());
        }
    }

    private void saveAs() {
        InputDialog name = new InputDialog(getShell(), "Save Format", "Name of the format:", names.getText(),
                text -> text.isBlank() ? "A name cannot be empty" : null);
        if (name.open() != Window.OK) {
            return;
        }
        InputDialog present = new InputDialog(getShell(), "Save Format",
                "Words the header of its files contains (comma separated; e.g. a column name):", "", null);
        if (present.open() != Window.OK) {
            return;
        }
        InputDialog absent = new InputDialog(getShell(), "Save Format",
                "Words the header of its files does not contain (comma separated, may be empty):", "", null);
        if (absent.open() != Window.OK) {
            return;
        }
        try {
            store.save(name.getValue().strip(), panel.formatJson(), words(present.getValue()), words(absent.getValue()));
            reload();
            names.setText(name.getValue().strip());
        } catch (DataFormatException e) {
            MessageDialog.openError(getShell(), "Save Format", e.getMessage());
        }
    }

    private void delete() {
        String name = names.getText();
        if (name.isEmpty() || !MessageDialog.openConfirm(getShell(), "Delete Format",
                "Delete the saved format '" + name + "'?")) {
            return;
        }
        try {
            store.delete(name);
            reload();
        } catch (DataFormatException e) {
            MessageDialog.openError(getShell(), "Delete Format", e.getMessage());
        }
    }

    /** Shows which saved formats recognise an entry's header. */
    void recognise(TreeEntry entry) {
        List<String> matching = entry == null ? List.of() : store.matching(entry);
        recognised.setText(matching.isEmpty() ? "" : "Recognised as: " + String.join(", ", matching));
        layout(true);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}
