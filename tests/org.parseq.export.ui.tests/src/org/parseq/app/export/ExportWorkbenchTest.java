package org.parseq.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.read.XdiFile;
import org.parseq.io.write.NexusProvenance;
import org.parseq.model.data.DataItem;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.WorkbenchScenario;

/**
 * File › Export in the real workbench, driven with SWT events: the menu item opens the dialog,
 * all three example Cu foils go to NeXus and XDI with the plotting scripts in a background job,
 * the files hold the session's items; a second export to the same folder asks first, and "No"
 * leaves the files as they were. A screenshot of the dialog is saved for a person to look at.
 */
class ExportWorkbenchTest {

    @Test
    void exportThroughTheFileMenu(@TempDir Path folder) throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", "xas"),
                (ui, shell, context) -> scenario(ui, shell, context.get(WorkbenchSession.class), folder));
    }

    private static void scenario(UiDriver ui, Shell shell, WorkbenchSession workbench, Path folder) throws Exception {
        ui.waitUntil("the three example foils", 60_000, () -> workbench.session().items().size() == 3);
        ui.waitForResults(workbench);
        List<DataItem> items = workbench.session().items();
        workbench.selection().select(List.of(items.get(0)));
        MenuItem export = fileMenuItem(shell, "Export");
        assertNotNull(export, "File › Export…");

        Path target = folder.resolve("foils");
        AtomicBoolean answered = answer(shell.getDisplay(), shell, "Export", "Export", dialog -> {
            Widgets.find(dialog, Button.class, b -> b.getText().startsWith("All (")).setSelection(true);
            Widgets.find(dialog, Button.class, b -> b.getText().startsWith("Selected (")).setSelection(false);
            Widgets.find(dialog, Button.class, b -> b.getText().startsWith("XDI")).setSelection(true);
            Widgets.find(dialog, Button.class, b -> b.getText().startsWith("Python plotting")).setSelection(true);
            Widgets.find(dialog, Text.class, t -> t.getText().endsWith("export")).setText(target.toString());
            ui.screenshot(dialog, "export-dialog");
        });
        export.notifyListeners(SWT.Selection, new Event());
        ui.waitUntil("the dialog answered", 20_000, answered::get);
        Path nexus = target.resolve("results.nxs");
        ui.waitUntil("the export job", 60_000, () -> Files.exists(target.resolve("plot_xdi.py")) && Files.exists(nexus));

        NexusProvenance record = NexusProvenance.read(nexus);
        assertEquals(items.stream().map(DataItem::getAlias).toList(),
                record.items().stream().map(NexusProvenance.Item::alias).toList(), "all items, in tree order");
        for (DataItem item : items) {
            XdiFile xdi = XdiFile.read(target.resolve(item.getAlias()).resolve("mu.xdi"));
            double[] mu = workbench.session().array(item, "mu", "mu");
            assertEquals(mu.length, xdi.table().column(1).length);
            assertEquals(mu[100], xdi.table().column(1)[100], 0.0, item.getAlias());
        }
        assertTrue(Files.readString(target.resolve("plot_nexus.py")).contains("results.nxs"));

        // again into the same folder: asked, and No keeps the files
        long written = Files.getLastModifiedTime(nexus).toMillis();
        AtomicBoolean exported = answer(shell.getDisplay(), shell, "Export", "Export",
                dialog -> Widgets.find(dialog, Text.class, t -> t.getText().endsWith("export")).setText(target.toString()));
        AtomicBoolean declined = answer(shell.getDisplay(), shell, "Export", "No", null);
        export.notifyListeners(SWT.Selection, new Event());
        ui.waitUntil("the question answered", 20_000, () -> exported.get() && declined.get());
        ui.settle(500);
        assertEquals(written, Files.getLastModifiedTime(nexus).toMillis(), "not replaced after No");
    }

    /** The dialog's button with this text, or null. */
    private static Button button(org.eclipse.swt.widgets.Composite parent, String text) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof Button found && found.getText().replace("&", "").equals(text)) {
                return found;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Button inner = button(composite, text);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static MenuItem fileMenuItem(Shell shell, String label) {
        for (MenuItem top : shell.getMenuBar().getItems()) {
            Menu menu = top.getMenu();
            if (top.getText().replace("&", "").equals("File") && menu != null) {
                // a menu fills its items when it shows
                menu.notifyListeners(SWT.Show, new Event());
                for (MenuItem item : menu.getItems()) {
                    if (item.getText().replace("&", "").startsWith(label)) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Presses a button of the next dialog with the title that has it (while the dialog runs its
     * own modal loop), after {@code before} has filled it in.
     */
    private static AtomicBoolean answer(Display display, Shell main, String title, String button,
            Consumer<Shell> before) {
        AtomicBoolean answered = new AtomicBoolean();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (answered.get() || System.currentTimeMillis() > deadline) {
                return;
            }
            for (Shell dialog : display.getShells()) {
                if (dialog != main && !dialog.isDisposed() && dialog.isVisible() && dialog.getText().equals(title)) {
                    Button pressed = button(dialog, button);
                    if (pressed != null) {
                        if (before != null) {
                            before.accept(dialog);
                        }
                        answered.set(true);
                        pressed.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return answered;
    }
}
