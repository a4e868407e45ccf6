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

/** Lets the user pick the items an action applies to. */
final class PickItemsDialog extends Dialog {

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
        new Label(area, SWT.WRAP).setText(message);
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
        data.widthHint = 360;
        viewer.getTable().setLayoutData(data);
        return area;
    }

    @Override
    protected void okPressed() {
        for (Object checked : viewer.getCheckedElements()) {
            picked.add((DataItem) checked);
        }
        super.okPressed();
    }
}
