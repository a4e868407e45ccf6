package org.parseq.xas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.ParameterDescriptor;

/**
 * The rebinning regions as a small table, one row per region (pre-edge, edge, post-edge,
 * EXAFS): where the region ends and its bin width, each in its own unit. It edits the
 * original's two lists {@code rebinRegions.splitters} (edge start and end in eV from E0, EXAFS
 * start and end in Å⁻¹, inf for the data end) and {@code rebinRegions.deltas} (bin widths:
 * eV, eV, eV, Å⁻¹). A cell is edited by clicking it; Enter applies it to the selected items.
 */
final class RebinTable {

    static final String SPLITTERS = "rebinRegions.splitters";
    static final String DELTAS = "rebinRegions.deltas";
    static final Set<String> PARAMETERS = Set.of(SPLITTERS, DELTAS);

    private static final String[] REGIONS = {"pre-edge", "edge", "post-edge", "EXAFS"};
    private static final String[] END_UNITS = {"eV from E0", "eV from E0", "Å⁻¹", "Å⁻¹"};
    private static final String[] BIN_UNITS = {"eV", "eV", "eV", "Å⁻¹"};
    private static final int END_COLUMN = 1;
    private static final int BIN_COLUMN = 3;

    private RebinTable() {
    }

    static void create(Fields fields) {
        fields.markShown(PARAMETERS);
        ParameterDescriptor splitters = fields.descriptor(SPLITTERS);
        ParameterDescriptor deltas = fields.descriptor(DELTAS);
        Table table = new Table(fields.sectionArea(), SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setToolTipText("Where each region ends and its bin width; click a cell to edit it, Enter applies it");
        table.setData(Fields.PARAMETER_KEY, SPLITTERS);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        table.setLayoutData(layout);
        String[] titles = {"region", "ends at", "", "bin width", ""};
        int[] widths = {70, 62, 85, 78, 40};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        for (int row = 0; row < REGIONS.length; row++) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {REGIONS[row], "", END_UNITS[row], "", BIN_UNITS[row]});
        }
        fields.addRefresher(() -> {
            boolean mixed = fields.editor().isMixed(splitters) || fields.editor().isMixed(deltas);
            List<?> ends = (List<?>) fields.editor().currentValue(splitters);
            List<?> bins = (List<?>) fields.editor().currentValue(deltas);
            for (int row = 0; row < REGIONS.length; row++) {
                TableItem item = table.getItem(row);
                item.setText(END_COLUMN, mixed ? "mixed" : row < ends.size() ? Fields.format(ends.get(row)) : "");
                item.setText(BIN_COLUMN, mixed ? "mixed" : row < bins.size() ? Fields.format(bins.get(row)) : "");
            }
        }, table);
        TableEditor cellEditor = new TableEditor(table);
        cellEditor.grabHorizontal = true;
        table.addListener(SWT.MouseDown, event -> {
            Point point = new Point(event.x, event.y);
            for (int row = 0; row < table.getItemCount(); row++) {
                TableItem item = table.getItem(row);
                for (int column : new int[] {END_COLUMN, BIN_COLUMN}) {
                    if (item.getBounds(column).contains(point)) {
                        edit(fields, table, cellEditor, row, column, column == END_COLUMN ? splitters : deltas);
                        return;
                    }
                }
            }
        });
    }

    private static void edit(Fields fields, Table table, TableEditor cellEditor, int row, int column,
            ParameterDescriptor parameter) {
        TableItem item = table.getItem(row);
        Text text = new Text(table, SWT.NONE);
        text.setText(item.getText(column));
        text.selectAll();
        cellEditor.setEditor(text, item, column);
        text.setFocus();
        Runnable apply = () -> {
            if (text.isDisposed()) {
                return;
            }
            String typed = text.getText();
            text.dispose();
            try {
                List<Double> values = new ArrayList<>();
                for (Object value : (List<?>) fields.editor().currentValue(parameter)) {
                    values.add(((Number) value).doubleValue());
                }
                double value = Fields.parse(typed, parameter);
                if (row < values.size() && !Fields.format(values.get(row)).equals(Fields.format(value))) {
                    values.set(row, value);
                    fields.editor().set(parameter, parameter.coerce(values));
                }
            } catch (IllegalArgumentException e) {
                table.setToolTipText(e.getMessage());
                table.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                return;
            }
            table.setBackground(null);
        };
        text.addListener(SWT.DefaultSelection, event -> apply.run());
        text.addListener(SWT.FocusOut, event -> apply.run());
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                text.dispose();
            }
        });
    }
}
