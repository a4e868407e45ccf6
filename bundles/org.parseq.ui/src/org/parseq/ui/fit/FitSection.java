package org.parseq.ui.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.engine.FitRecord;
import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.FitStartField;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.FitCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.FitSettings;
import org.parseq.ui.fit.FitParameterRows.Column;
import org.parseq.ui.fit.FitParameterRows.Row;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The fit panel of a node view: the fits the node offers, added to the selected items; for
 * the first selected item's fit of the chosen kind a parameter table (value, fixed, min, max,
 * tie, then the fitted value and its error), the x range, the latest result (status, R, χ²,
 * message) and "Fit". The engine fits whenever settings or data change, so every edit here is
 * one undoable {@link FitCommands} edit on all selected items having that fit, and "Fit" asks
 * the engine's run Job to bring results up to date. Bad input is a message in the panel, never an exception.
 */
public final class FitSection extends Composite {

    private static final String[] HEADERS = {"parameter", "value", "fixed", "min", "max", "tie", "fitted", "error"};

    private final WorkbenchSession workbench;
    private final List<FitKind> kinds;
    private final Combo kind;
    private final Composite startArea;
    private final Map<String, Text> startFields = new java.util.LinkedHashMap<>();
    private final Table parameters;
    private final Text xMin;
    private final Text xMax;
    private final Label result;
    private final Label message;
    private final Button fit;
    private final Button resultsButton;
    private List<Row> rows = List.of();
    private Text cellEditor;
    private FitResultsDialog resultsDialog;
    private Runnable redrawPlot = () -> {
    };

    public FitSection(Composite parent, WorkbenchSession workbench, NodeDefinition node) {
        super(parent, SWT.NONE);
        this.workbench = workbench;
        this.kinds = offeredKinds(workbench, node);
        setLayout(new GridLayout(1, false));
        Composite top = new Composite(this, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText("fit");
        kind = new Combo(top, SWT.READ_ONLY);
        kinds.forEach(k -> kind.add(k.id() + ": " + k.name()));
        kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (!kinds.isEmpty()) {
            kind.select(0);
        }
        // what a new fit of the chosen kind starts from: the kind's own fields
        startArea = new Composite(top, SWT.NONE);
        startArea.setLayout(new GridLayout(3, false));
        startArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        Composite buttons = new Composite(top, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText("Add to selected");
        add.setToolTipText("Adds a fit of this kind (or replaces it) on the selected items, as one edit");
        add.addListener(SWT.Selection, event -> addFit());
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText("Remove");
        remove.addListener(SWT.Selection, event -> edit(items -> FitCommands.removeFit(
                workbench.session().domain(), items, kindId())));
        showStartFields();

        parameters = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        parameters.setHeaderVisible(true);
        parameters.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        parameters.setLayoutData(tableData);
        for (String header : HEADERS) {
            TableColumn column = new TableColumn(parameters, SWT.LEFT);
            column.setText(header);
            column.setWidth(header.equals("parameter") ? 72 : 44);
        }
        parameters.addListener(SWT.MouseDown, event -> {
            Point at = new Point(event.x, event.y);
            for (TableItem item : parameters.getItems()) {
                for (int c = 1; c <= 5; c++) {
                    if (item.getBounds(c).contains(at)) {
                        editCell(parameters.indexOf(item), c);
                        return;
                    }
                }
            }
        });

        Composite range = new Composite(this, SWT.NONE);
        range.setLayout(new GridLayout(5, false));
        range.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(range, SWT.NONE).setText("x from");
        xMin = new Text(range, SWT.BORDER);
        xMin.setLayoutData(new GridData(80, SWT.DEFAULT));
        new Label(range, SWT.NONE).setText("to");
        xMax = new Text(range, SWT.BORDER);
        xMax.setLayoutData(new GridData(80, SWT.DEFAULT));
        xMin.setToolTipText("Lower end of the fitted x range; both empty: all points. Enter applies.");
        xMax.setToolTipText("Upper end of the fitted x range; both empty: all points. Enter applies.");
        xMin.addListener(SWT.DefaultSelection, event -> applyRange());
        xMax.addListener(SWT.DefaultSelection, event -> applyRange());
        fit = new Button(range, SWT.PUSH);
        fit.setText("Fit");
        fit.setToolTipText("Brings the fits of all items up to date (the engine refits what changed)");
        fit.addListener(SWT.Selection, event -> {
            applyRange();
            workbench.requestRun();
            refresh();
        });
        Button table = new Button(this, SWT.PUSH);
        table.setText("Results across items\u2026");
        table.addListener(SWT.Selection, event -> openResults());
        resultsButton = table;
        result = new Label(this, SWT.WRAP);
        result.setLayoutData(wrapping());
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(wrapping());
        kind.addListener(SWT.Selection, event -> {
            showStartFields();
            refresh();
        });
        refresh();
    }

    /** A labelled text per start field of the chosen kind; files fields get a chooser. */
    private void showStartFields() {
        for (org.eclipse.swt.widgets.Control c : startArea.getChildren()) {
            c.dispose();
        }
        startFields.clear();
        for (FitStartField field : chosenKind().map(FitKind::startFields).orElse(List.of())) {
            new Label(startArea, SWT.NONE).setText(field.label());
            Text text = new Text(startArea, SWT.BORDER);
            text.setToolTipText(field.hint());
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, field.files() ? 1 : 2, 1));
            startFields.put(field.key(), text);
            if (field.files()) {
                Button choose = new Button(startArea, SWT.PUSH);
                choose.setText("\u2026");
                choose.setToolTipText("Choose the files");
                choose.addListener(SWT.Selection, event -> chooseFiles(text));
            }
        }
        layout(true, true);
    }

    private void chooseFiles(Text field) {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(),
                SWT.OPEN | SWT.MULTI);
        if (dialog.open() == null) {
            return;
        }
        List<String> paths = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            paths.add(java.nio.file.Path.of(dialog.getFilterPath(), name).toString());
        }
        field.setText(String.join(FitStartField.FILE_SEPARATOR, paths));
    }

    private Optional<FitKind> chosenKind() {
        int index = kind.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of(kinds.get(index));
    }

    /** The kinds of fit the pipeline attaches to this node. */
    public static List<FitKind> offeredKinds(WorkbenchSession workbench, NodeDefinition node) {
        return workbench.session().pipeline().fitKinds().stream().filter(k -> k.defaultNode().equals(node.id()))
                .toList();
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        return data;
    }

    /** Shades the fit's x range on the node's plot while the panel is shown. */
    public void shadeRangeOn(org.parseq.ui.plot.PlotComposite plot) {
        org.parseq.ui.combine.XRangeShading.attach(plot, () -> isVisible() ? shownRange() : null, (min, max) -> {
            // a dragged end is one undoable edit of the fit range on the selected items, as typing it is
            xMin.setText(min == null ? "" : String.format(java.util.Locale.ROOT, "%.6g", min));
            xMax.setText(max == null ? "" : String.format(java.util.Locale.ROOT, "%.6g", max));
            applyRange();
        });
        redrawPlot = () -> {
            if (!plot.isDisposed()) {
                plot.plotArea().redraw();
            }
        };
    }

    private double[] shownRange() {
        List<Double> range = shownFit().flatMap(f -> chosenKind().map(k -> k.range(FitCommands.settings(f))))
                .orElse(null);
        return range == null ? null : new double[] {range.get(0), range.get(1)};
    }

    /** A toggle button "Fit…" that shows and hides the panel of the node view. */
    public static Button toggle(Composite bar, java.util.function.Supplier<FitSection> section) {
        return org.parseq.ui.controls.SidePanels.toggle(bar, "Fit\u2026",
                "Fits of the selected items at this node, of the kinds the pipeline offers here", shown -> section.get().setShown(shown));
    }

    /** Shows the panel beside the node's plot or hides it. */
    public void setShown(boolean shown) {
        org.parseq.ui.controls.SidePanels.show(this, shown);
        refresh();
        redrawPlot.run();
    }

    private String kindId() {
        int index = kind.getSelectionIndex();
        return index < 0 ? "" : kinds.get(index).id();
    }

    private List<DataItem> withFit() {
        return workbench.selection().items().stream().filter(i -> FitCommands.fit(i, kindId()).isPresent()).toList();
    }

    /** The fit shown: the first selected item's fit of the chosen kind. */
    private Optional<FitSettings> shownFit() {
        List<DataItem> items = withFit();
        return items.isEmpty() ? Optional.empty() : FitCommands.fit(items.get(0), kindId());
    }

    /** Adds the chosen kind of fit to the selected items with start settings from the fields. */
    private void addFit() {
        List<DataItem> items = workbench.selection().items();
        if (items.isEmpty() || kind.getSelectionIndex() < 0) {
            message.setText("Select the items to fit first.");
            return;
        }
        FitKind chosen = kinds.get(kind.getSelectionIndex());
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        startFields.forEach((key, text) -> typed.put(key, text.getText()));
        Map<String, Object> settings;
        try {
            settings = chosen.startSettings(typed);
        } catch (IllegalArgumentException bad) {
            message.setText(bad.getMessage());
            return;
        }
        edit(selected -> FitCommands.setFit(workbench.session().domain(), items, chosen.id(), chosen.defaultNode(),
                settings));
    }

    /** Opens an editor over a cell; FIXED toggles at once. */
    public void editCell(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return;
        }
        Row shown = rows.get(row);
        Column edited = Column.values()[column - 1];
        if (edited == Column.FIXED) {
            applyCell(shown, edited, Boolean.toString(!shown.fixed()));
            return;
        }
        closeCellEditor();
        TableEditor editor = new TableEditor(parameters);
        editor.grabHorizontal = true;
        cellEditor = new Text(parameters, SWT.NONE);
        cellEditor.setText(parameters.getItem(row).getText(column));
        cellEditor.selectAll();
        Text field = cellEditor;
        field.addListener(SWT.DefaultSelection, event -> {
            String text = field.getText();
            closeCellEditor();
            applyCell(shown, edited, text);
        });
        field.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                closeCellEditor();
            }
        });
        editor.setEditor(field, parameters.getItem(row), column);
        field.setFocus();
    }

    /** The text field of the cell being edited, or null. */
    public Text cellEditor() {
        return cellEditor;
    }

    private void closeCellEditor() {
        if (cellEditor != null && !cellEditor.isDisposed()) {
            cellEditor.dispose();
        }
        cellEditor = null;
    }

    private void applyCell(Row row, Column column, String text) {
        Optional<FitSettings> fitted = shownFit();
        if (fitted.isEmpty()) {
            return;
        }
        try {
            Map<String, Object> settings = FitParameterRows.edited(FitCommands.settings(fitted.get()), row, column,
                    text);
            edit(items -> FitCommands.setFitSetting(workbench.session().domain(), items, kindId(), "params",
                    settings.get("params")));
        } catch (IllegalArgumentException bad) {
            message.setText(bad.getMessage());
        }
    }

    private void applyRange() {
        if (shownFit().isEmpty()) {
            return;
        }
        String from = xMin.getText().strip();
        String to = xMax.getText().strip();
        List<Double> range;
        try {
            range = from.isEmpty() && to.isEmpty() ? null : List.of(Double.parseDouble(from), Double.parseDouble(to));
        } catch (NumberFormatException e) {
            message.setText("The x range needs two numbers (or both fields empty for all points): '" + from
                    + "', '" + to + "'.");
            return;
        }
        FitKind chosen = chosenKind().orElseThrow();
        edit(items -> FitCommands.editFit(workbench.session().domain(), items, kindId(), "range",
                settings -> chosen.withRange(settings, range)));
    }

    /** One edit on the selected items having the fit; an edit that changes nothing is not recorded. */
    private void edit(java.util.function.Function<List<DataItem>, Command> edit) {
        List<DataItem> items = withFit();
        Command command = edit.apply(items.isEmpty() ? workbench.selection().items() : items);
        if (command.canExecute()) {
            message.setText("");
            workbench.session().execute(command);
        }
    }

    private void openResults() {
        List<DataItem> all = workbench.session().items();
        if (resultsDialog != null && resultsDialog.getShell() != null && !resultsDialog.getShell().isDisposed()) {
            resultsDialog.close();
        }
        resultsDialog = new FitResultsDialog(getShell(), kindId(),
                FitResultsTable.of(all, kindId(), workbench.session().results()));
        resultsDialog.open();
    }

    /** The results table opened last, or null. */
    public FitResultsDialog resultsDialog() {
        return resultsDialog;
    }

    /** Shows the shown fit's settings and latest result. */
    public void refresh() {
        if (isDisposed() || !isVisible()) {
            return;
        }
        Optional<FitSettings> shown = shownFit();
        closeCellEditor();
        parameters.removeAll();
        if (shown.isEmpty()) {
            rows = List.of();
            result.setText(workbench.selection().items().isEmpty() ? "No item selected."
                    : "The selected items have no " + kindId() + " fit: add one.");
            layout(true, true);
            return;
        }
        DataItem first = withFit().get(0);
        Map<String, Object> settings = FitCommands.settings(shown.get());
        FitRecord record = workbench.session().results().fit(first.getId(), kindId()).orElse(null);
        rows = FitParameterRows.rows(kindId(), settings, record);
        for (Row row : rows) {
            TableItem item = new TableItem(parameters, SWT.NONE);
            item.setText(new String[] {row.label(), number(row.value()), row.fixed() ? "\u2714" : "",
                number(row.min()), number(row.max()), row.tie(), number(row.fitted()), number(row.error())});
        }
        for (TableColumn column : parameters.getColumns()) {
            column.pack(); // the panel is narrow: each column as wide as its widest cell
        }
        if (!xMin.isFocusControl() && !xMax.isFocusControl()) {
            List<Double> range = chosenKind().map(k -> k.range(settings)).orElse(null);
            xMin.setText(range != null ? number(range.get(0)) : "");
            xMax.setText(range != null ? number(range.get(1)) : "");
        }
        result.setText(FitSummary.of(first.getAlias(), record, workbench.isRunning()));
        layout(true, true);
        redrawPlot.run();
    }

    private static String number(Object value) {
        if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())) {
            return "";
        }
        double d = n.doubleValue();
        return Double.isInfinite(d) ? "" : String.format(java.util.Locale.ROOT, "%.6g", d).replaceAll(
                "(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e").replaceAll("\\.$", "");
    }

    public Combo kind() {
        return kind;
    }

    /** The text field of the chosen kind's start field with that key. */
    public Text startField(String key) {
        Text field = startFields.get(key);
        if (field == null) {
            throw new IllegalArgumentException("the " + kindId() + " fit has no start field '" + key + "'; it has "
                    + startFields.keySet());
        }
        return field;
    }

    public Table parameterTable() {
        return parameters;
    }

    public List<Row> rows() {
        return rows;
    }

    public Text xMinField() {
        return xMin;
    }

    public Text xMaxField() {
        return xMax;
    }

    public Button fitButton() {
        return fit;
    }

    public Button resultsButton() {
        return resultsButton;
    }

    public Label result() {
        return result;
    }

    public Label message() {
        return message;
    }
}
