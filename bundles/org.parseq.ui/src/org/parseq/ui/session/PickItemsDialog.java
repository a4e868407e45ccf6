package org.parseq.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.parseq.model.data.DataItem;

/** Lets the user pick the items an action applies to; the dialog fits the screen. */
final class PickItemsDialog extends Dialog {

    private static final int LIST_WIDTH = 360;

    private final String title;
    private final String message;
    private final List<DataItem> candidates;
    private final List<DataItem> picked = new ArrayList<>();
    private CheckboxTableViewer viewer;

    private PickItemsDialog(Shell parent, String title, String message, List<DataItem> candidates) {
        super(parent);
        this.title = title;
        this.message = message;
        this.candidates = candidates;
    }

    static List<DataItem> pick(Shell parent, String title, String message, List<DataItem> candidates) {
        PickItemsDialog dialog = new PickItemsDialog(parent, title, message, candidates);
        return dialog.open() == OK ? dialog.picked : List.of();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label text = new Label(area, SWT.WRAP);
        text.setText(message);
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = LIST_WIDTH; // a long message wraps instead of widening the dialog
        text.setLayoutData(textData);
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((DataItem) element).getAlias();
            }
        });
        viewer.setInput(candidates);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 300;
        data.widthHint = LIST_WIDTH;
        viewer.getTable().setLayoutData(data);
        return area;
    }

    /** Never larger than the screen the dialog opens on. */
    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point size = super.getInitialSize();
        org.eclipse.swt.graphics.Rectangle screen = getShell().getMonitor().getClientArea();
        return new org.eclipse.swt.graphics.Point(Math.min(size.x, screen.width * 9 / 10),
                Math.min(size.y, screen.height * 9 / 10));
    }

    @Override
    protected void okPressed() {
        for (Object checked : viewer.getCheckedElements()) {
            picked.add((DataItem) checked);
        }
        super.okPressed();
    }
}
