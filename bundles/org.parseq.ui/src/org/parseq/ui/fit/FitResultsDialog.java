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
 * the other way), "Copy as CSV" puts the whole table on the clipboard; below it, a chosen value
 * (with its error bars) plotted against the items' order in the data tree, for a series.
 */
public final class FitResultsDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 2;

    private final String kind;
    /** In the data tree's order, for the plot across the series; the table may be sorted otherwise. */
    private final FitResultsTable inItemOrder;
    private FitResultsTable shown;
    private org.eclipse.swt.widgets.Combo plotted;
    private org.eclipse.swtchart.Chart chart;
    private Table table;
    private int sortColumn = -1;
    private boolean ascending = true;

    public FitResultsDialog(Shell parent, String kind, FitResultsTable results) {
        super(parent);
        this.kind = kind;
        this.inItemOrder = results;
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
        createPlot(area);
        return area;
    }

    private void createPlot(Composite area) {
        Composite bar = new Composite(area, SWT.NONE);
        bar.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
        new org.eclipse.swt.widgets.Label(bar, SWT.NONE).setText("Plot against the items' order:");
        plotted = new org.eclipse.swt.widgets.Combo(bar, SWT.READ_ONLY);
        List<Integer> numeric = inItemOrder.numericColumns().stream()
                .filter(c -> !inItemOrder.columns().get(c).endsWith(" error")).toList();
        numeric.forEach(c -> plotted.add(inItemOrder.columns().get(c)));
        chart = new org.eclipse.swtchart.Chart(area, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 240;
        chart.setLayoutData(data);
        chart.getLegend().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText("item, in the data tree's order");
        plotted.addListener(SWT.Selection, event -> plot(numeric.get(plotted.getSelectionIndex())));
        // the first fitted value rather than R: what a series is usually followed by
        int first = numeric.size() > 2 ? 2 : 0;
        if (!numeric.isEmpty()) {
            plotted.select(first);
            plot(numeric.get(first));
        }
    }

    /** Plots a column of the table against the items' order, with the value's errors as bars. */
    public void plot(int column) {
        for (org.eclipse.swtchart.ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        double[] values = inItemOrder.values(column);
        double[] order = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i + 1;
        }
        @SuppressWarnings("unchecked")
        org.eclipse.swtchart.ILineSeries<Object> series = (org.eclipse.swtchart.ILineSeries<Object>) chart
                .getSeriesSet().createSeries(org.eclipse.swtchart.ISeries.SeriesType.LINE, "values");
        series.setXSeries(order);
        series.setYSeries(values);
        series.setSymbolType(org.eclipse.swtchart.ILineSeries.PlotSymbolType.CIRCLE);
        int errors = inItemOrder.errorColumnOf(column);
        if (errors >= 0) {
            double[] bars = inItemOrder.values(errors);
            for (int i = 0; i < bars.length; i++) {
                bars[i] = Double.isFinite(bars[i]) ? bars[i] : 0;
            }
            series.getYErrorBar().setVisible(true);
            series.getYErrorBar().setPlusErrors(bars);
            series.getYErrorBar().setMinusErrors(bars);
        }
        chart.getAxisSet().getYAxis(0).getTitle().setText(inItemOrder.columns().get(column));
        chart.getTitle().setText(inItemOrder.columns().get(column) + " across the series");
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** The plot of a value across the items. */
    public org.eclipse.swtchart.Chart chart() {
        return chart;
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
