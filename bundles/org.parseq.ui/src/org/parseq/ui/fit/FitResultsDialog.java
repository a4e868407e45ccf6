package org.parseq.ui.fit;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The results of a fit across items in a table: a click on a column's header sorts by it (again:
 * the other way), "Copy as CSV" puts the whole table on the clipboard.
 */
public final class FitResultsDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 2;

    private final String kind;
    private FitResultsTable shown;
    private Table table;
    private int sortColumn = -1;
    private boolean ascending = true;

    public FitResultsDialog(Shell parent, String kind, FitResultsTable results) {
        super(parent);
        this.kind = kind;
        this.shown = results;
        setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Results of the " + kind + " fits");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 760;
        data.heightHint = 260;
        table.setLayoutData(data);
        List<String> columns = shown.columns();
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(columns.get(c));
            int index = c;
            column.addListener(SWT.Selection, event -> sortBy(index));
        }
        fill();
        table.getColumns()[0].pack();
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return area;
    }

    /** Sorts by a column; pressing the same header again reverses the order. */
    public void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        shown = shown.sortedBy(column, ascending);
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        fill();
    }

    private void fill() {
        table.removeAll();
        for (List<Object> row : shown.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int c = 0; c < row.size(); c++) {
                item.setText(c, FitResultsTable.text(row.get(c)));
            }
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "Copy as CSV", false);
        createButton(parent, EXPORT_ID, "Export CSV\u2026", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] {shown.csv()}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        } else if (buttonId == EXPORT_ID) {
            export();
        } else {
            close();
        }
    }

    private void export() {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.csv"});
        dialog.setFileName(kind + "-results.csv");
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(path), shown.csv());
        } catch (java.io.IOException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getShell(), "Export", "Cannot write " + path + ": "
                    + e.getMessage());
        }
    }

    public Table table() {
        return table;
    }

    /** The table as shown (sorted as the user chose). */
    public FitResultsTable shown() {
        return shown;
    }
}
