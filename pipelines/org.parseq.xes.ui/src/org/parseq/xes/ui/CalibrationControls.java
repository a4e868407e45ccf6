package org.parseq.xes.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.ui.controls.ParameterEditor;
import org.parseq.xes.pipeline.CalibrationReferences;

/**
 * The controls of "get XES and calibrate energy": a table of the calibration references (item,
 * energy, slice, DCM crystal, and the θ of the elastic peak the transform found), "auto set
 * references", the resulting θ → E line and the FWHM of the selected items. Every edit goes
 * through the {@link ParameterEditor}, on the selected items, as one undoable command; the
 * transform's other parameters keep their generated controls.
 */
public final class CalibrationControls implements ParameterEditor.CustomControls {

    private static final String[] COLUMNS = {"reference", "energy (eV)", "slice", "DCM", "peak θ (°)"};
    /** Narrow enough that the whole table fits the node view's default control panel. */
    private static final int[] COLUMN_WIDTHS = {100, 62, 40, 45, 75};
    /** The columns a user edits; the last one shows what the transform found. */
    private static final int EDITABLE_COLUMNS = 4;

    @Override
    public Set<String> parameters(TransformDefinition transform) {
        return Set.of(CalibrationReferences.BASE, CalibrationReferences.ENERGY, CalibrationReferences.SLICE,
                CalibrationReferences.DCM);
    }

    @Override
    public Runnable create(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        return new View(parent, transform, editor)::refresh;
    }

    /** The widgets of one node view. */
    private static final class View {
        private final TransformDefinition transform;
        private final ParameterEditor editor;
        private final Table table;
        private final Label status;
        private final Label line;
        private final Table widths;
        private final Button[] buttons;
        private ReferenceRows shown = new ReferenceRows(List.of());

        View(Composite parent, TransformDefinition transform, ParameterEditor editor) {
            this.transform = transform;
            this.editor = editor;
            Composite bar = new Composite(parent, SWT.NONE);
            bar.setLayout(new GridLayout(3, false));
            bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            buttons = new Button[] {button(bar, "Auto set references", "The items of the first group whose name"
                    + " contains 'calib' or 'elast', with the energies after the last '_' of their names",
                    this::autoSet), button(bar, "Add", "Adds a reference row to fill in", this::addRow),
                    button(bar, "Remove", "Removes the reference selected in the table", this::removeRow)};
            table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setToolTipText("Click a cell to edit it; Enter applies it to the selected items");
            for (int i = 0; i < COLUMNS.length; i++) {
                TableColumn column = new TableColumn(table, SWT.NONE);
                column.setText(COLUMNS[i]);
                column.setWidth(COLUMN_WIDTHS[i]);
            }
            GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
            tableData.heightHint = 5 * table.getItemHeight() + table.getHeaderHeight();
            table.setLayoutData(tableData);
            TableEditor cellEditor = new TableEditor(table);
            cellEditor.grabHorizontal = true;
            table.addListener(SWT.MouseDown, event -> editCellAt(cellEditor, new Point(event.x, event.y)));
            status = new Label(parent, SWT.WRAP);
            status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            line = new Label(parent, SWT.WRAP);
            line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            widths = new Table(parent, SWT.BORDER);
            widths.setHeaderVisible(true);
            for (String title : new String[] {"item", "FWHM← (eV)", "FWHM↓ (eV)"}) {
                TableColumn column = new TableColumn(widths, SWT.NONE);
                column.setText(title);
                column.setWidth(title.equals("item") ? 140 : 75);
            }
            GridData widthsData = new GridData(SWT.FILL, SWT.TOP, true, false);
            widthsData.heightHint = 4 * widths.getItemHeight() + widths.getHeaderHeight();
            widths.setLayoutData(widthsData);
        }

        private static Button button(Composite parent, String text, String tip, Runnable action) {
            Button button = new Button(parent, SWT.PUSH);
            button.setText(text);
            button.setToolTipText(tip);
            button.addListener(SWT.Selection, event -> action.run());
            return button;
        }

        private ParameterDescriptor parameter(String name) {
            return transform.parameter(name).orElseThrow(
                    () -> new IllegalStateException("transform '" + transform.id() + "' has no parameter " + name));
        }

        void refresh() {
            if (table.isDisposed()) {
                return;
            }
            boolean selection = editor.hasSelection();
            shown = ReferenceRows.of(String.valueOf(editor.currentValue(parameter(CalibrationReferences.BASE))),
                    editor.currentValue(parameter(CalibrationReferences.ENERGY)) instanceof List<?> energies ? energies
                            : List.of(),
                    String.valueOf(editor.currentValue(parameter(CalibrationReferences.SLICE))),
                    String.valueOf(editor.currentValue(parameter(CalibrationReferences.DCM))));
            List<ParameterEditor.FoundValues> found = editor.found(transform.toNode());
            Map<String, Double> first = found.isEmpty() ? Map.of() : found.get(0).scalars();
            table.removeAll();
            for (int i = 0; i < shown.rows().size(); i++) {
                ReferenceRows.Row row = shown.rows().get(i);
                Double peak = first.get(CalibrationReferences.PEAK_SCALAR + i);
                new TableItem(table, SWT.NONE).setText(new String[] {row.alias(),
                        Double.isFinite(row.energy()) ? number(row.energy()) : "", row.slice(), row.crystal(),
                        peak == null ? "" : String.format(Locale.ROOT, "%.6f", peak)});
            }
            boolean mixed = editor.isMixed(parameter(CalibrationReferences.BASE))
                    || editor.isMixed(parameter(CalibrationReferences.ENERGY));
            table.setEnabled(selection);
            for (Button button : buttons) {
                button.setEnabled(selection);
            }
            if (status.getData("message") == null) {
                status.setText(mixed ? "The selected items differ; the first one's references are shown, and an"
                        + " edit sets all of them." : "");
            }
            status.setData("message", null);
            Double slope = first.get(CalibrationReferences.SLOPE_SCALAR);
            Double intercept = first.get(CalibrationReferences.INTERCEPT_SCALAR);
            line.setText(slope == null || intercept == null ? "θ → E: not calibrated"
                    : String.format(Locale.ROOT, "θ → E: slope %.6f eV/°,%nintercept %.4f eV", slope, intercept));
            widths.removeAll();
            for (ParameterEditor.FoundValues item : found) {
                new TableItem(widths, SWT.NONE).setText(new String[] {item.alias(),
                        width(item.scalars().get("fwhm")), width(item.scalars().get("fwhm_bottom"))});
            }
            line.getParent().layout(true, true);
        }

        private static String number(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }

        private static String width(Double value) {
            return value == null || !Double.isFinite(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
        }

        private void editCellAt(TableEditor cellEditor, Point point) {
            TableItem item = table.getItem(point);
            if (item == null) {
                return;
            }
            int row = table.indexOf(item);
            for (int column = 0; column < EDITABLE_COLUMNS; column++) {
                if (item.getBounds(column).contains(point)) {
                    editCell(cellEditor, item, row, column);
                    return;
                }
            }
        }

        private void editCell(TableEditor cellEditor, TableItem item, int row, int column) {
            Text text = new Text(table, SWT.NONE);
            text.setText(item.getText(column));
            cellEditor.setEditor(text, item, column);
            text.selectAll();
            text.setFocus();
            boolean[] done = {false};
            Runnable commit = () -> {
                if (done[0]) {
                    return;
                }
                done[0] = true;
                String typed = text.getText();
                text.dispose();
                if (!typed.equals(item.isDisposed() ? null : item.getText(column))) {
                    try {
                        write(shown.with(row, column, typed), "Edit calibration reference " + (row + 1));
                    } catch (NumberFormatException e) {
                        say("'" + typed + "' is not an energy in eV");
                    }
                }
            };
            text.addListener(SWT.DefaultSelection, event -> commit.run());
            text.addListener(SWT.FocusOut, event -> commit.run());
            text.addListener(SWT.Traverse, event -> {
                if (event.detail == SWT.TRAVERSE_ESCAPE) {
                    done[0] = true;
                    text.dispose();
                }
            });
        }

        /** The references of the first calibration group of the data tree, and the calibration switched on. */
        void autoSet() {
            try {
                List<CalibrationReferences.Reference> references = CalibrationReferences.autoSet(editor.groups()
                        .stream().map(g -> new CalibrationReferences.Group(g.name(), g.itemAliases())).toList());
                ReferenceRows rows = new ReferenceRows(references.stream().map(r -> new ReferenceRows.Row(r.alias(),
                        r.energy(), "", CalibrationReferences.DEFAULT_CRYSTAL)).toList());
                Map<ParameterDescriptor, Object> values = values(rows);
                values.put(parameter(CalibrationReferences.FIND), true);
                editor.setAll(values, "Auto set calibration references");
            } catch (IllegalArgumentException e) {
                say(e.getMessage());
            }
        }

        private void addRow() {
            write(shown.withRow(new ReferenceRows.Row("", Double.NaN, "", CalibrationReferences.DEFAULT_CRYSTAL)),
                    "Add calibration reference");
        }

        private void removeRow() {
            int row = table.getSelectionIndex();
            if (row < 0) {
                say("Select the reference to remove in the table.");
                return;
            }
            write(shown.without(row), "Remove calibration reference " + shown.rows().get(row).alias());
        }

        private void write(ReferenceRows rows, String editName) {
            try {
                editor.setAll(values(rows), editName);
            } catch (IllegalArgumentException e) {
                say(e.getMessage());
            }
        }

        private Map<ParameterDescriptor, Object> values(ReferenceRows rows) {
            Map<ParameterDescriptor, Object> values = new LinkedHashMap<>();
            values.put(parameter(CalibrationReferences.BASE), parameter(CalibrationReferences.BASE).coerce(rows.base()));
            values.put(parameter(CalibrationReferences.ENERGY),
                    parameter(CalibrationReferences.ENERGY).coerce(rows.energies()));
            values.put(parameter(CalibrationReferences.SLICE),
                    parameter(CalibrationReferences.SLICE).coerce(rows.slices()));
            values.put(parameter(CalibrationReferences.DCM), parameter(CalibrationReferences.DCM).coerce(rows.crystals()));
            return values;
        }

        /** A message under the table until the next refresh after it. */
        private void say(String message) {
            status.setText(message);
            status.setData("message", message);
            status.getParent().layout(true, true);
        }
    }
}
