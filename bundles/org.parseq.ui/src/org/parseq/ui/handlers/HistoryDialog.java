package org.parseq.ui.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.parseq.model.HistoryCommandStack;

/**
 * Edit &gt; History: the session's edits, oldest first, after a first row for the start of the
 * session; edits undone are grey. Choosing a row (double-click or Go To) makes the session what
 * it was right after that edit, by undoing or redoing the edits in between (each can be redone
 * or undone again).
 */
public final class HistoryDialog extends Dialog {

    private final HistoryCommandStack history;
    private Table table;

    public HistoryDialog(Shell parent, HistoryCommandStack history) {
        super(parent);
        this.history = history;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("History");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("Choose a point to go back or forward to; grey edits are undone.");
        table = new Table(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.widthHint = 480;
        layout.heightHint = 320;
        table.setLayoutData(layout);
        fill();
        table.addListener(SWT.DefaultSelection, event -> goToChosen());
        return area;
    }

    private void fill() {
        table.removeAll();
        List<String> labels = history.labels();
        int done = history.doneCount();
        TableItem start = new TableItem(table, SWT.NONE);
        start.setText("(start of the session)");
        for (int i = 0; i < labels.size(); i++) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText((i + 1) + ". " + labels.get(i));
            if (i >= done) {
                row.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        table.setSelection(done);
        table.showSelection();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Go To", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void okPressed() {
        goToChosen();
    }

    /** Goes to the chosen row and keeps the dialog open to show where the session is now. */
    public void goTo(int row) {
        history.jumpTo(row);
        fill();
    }

    public Table table() {
        return table;
    }

    private void goToChosen() {
        int row = table.getSelectionIndex();
        if (row >= 0) {
            goTo(row);
        }
    }
}
