package org.parseq.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parseq.ui.session.ItemProblems;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.WorkbenchSession;

/** Items in error, with the message and the stack trace of the selected one, copyable. */
public class ProblemsPart {

    private TableViewer table;
    private Text details;
    private WorkbenchSession workbench;
    private Text installation;

    @PostConstruct
    public void createControls(Composite parent, WorkbenchSession session,
            @Optional org.parseq.ui.workbench.PipelineCatalog catalog) {
        this.workbench = session;
        parent.setLayout(new GridLayout(1, false));
        if (catalog != null && !catalog.problems().isEmpty()) {
            // contributions of installed bundles that could not be installed: say which and why
            installation = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
            installation.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            installation.setText("Not installed:\n" + String.join("\n", catalog.problems()));
            installation.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("item", 180, p -> p.item().getAlias());
        column("node", 100, p -> p.node().name());
        column("problem", 500, ItemProblems.Problem::message);
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        details = new Text(bottom, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button copy = new Button(bottom, SWT.PUSH);
        copy.setText("Copy error and stack trace");
        copy.addListener(SWT.Selection, event -> {
            Clipboard clipboard = new Clipboard(parent.getDisplay());
            clipboard.setContents(new Object[] {details.getText()}, new Transfer[] {TextTransfer.getInstance()});
            clipboard.dispose();
        });
        table.addSelectionChangedListener(event -> {
            Object selected = table.getStructuredSelection().getFirstElement();
            details.setText(selected instanceof ItemProblems.Problem p
                    ? p.item().getAlias() + " at " + p.node().name() + ": " + p.message() + "\n\n" + p.stackTrace()
                    : "");
        });
        sash.setWeights(6, 4);
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<ItemProblems.Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ItemProblems.Problem) element);
            }
        });
    }

    @Inject
    @Optional
    void resultsUpdated(@UIEventTopic(ParseqEvents.RESULTS_UPDATED) WorkbenchSession session) {
        refresh();
    }

    private void refresh() {
        if (table != null && !table.getControl().isDisposed()) {
            List<ItemProblems.Problem> problems = ItemProblems.all(workbench.session());
            table.setInput(problems);
        }
    }

    /** The installation problems shown above the table, or null when every contribution installed. */
    public Text installationProblems() {
        return installation;
    }

    public TableViewer table() {
        return table;
    }
}
