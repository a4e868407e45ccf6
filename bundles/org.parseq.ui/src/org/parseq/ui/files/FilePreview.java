package org.parseq.ui.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A preview of the selected text file: its data rows split into columns headed Col0, Col1, ...
 * as the format's column expressions name them (from 0), and its first lines as they are (for the
 * header rules).
 */
final class FilePreview {

    private static final int LINES = 40;
    private static final int MAX_LINES_READ = 2000;
    private static final int ROWS = 14;
    private static final int MAX_COLUMNS = 60;

    private final TabFolder folder;
    private final Table columns;
    private final Text lines;
    private final Text metadata;

    FilePreview(Composite parent) {
        folder = new TabFolder(parent, SWT.TOP);
        columns = new Table(folder, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        columns.setHeaderVisible(true);
        columns.setLinesVisible(true);
        columns.setFont(JFaceResources.getTextFont());
        TabItem columnsTab = new TabItem(folder, SWT.NONE);
        columnsTab.setText("Columns");
        columnsTab.setControl(columns);
        lines = new Text(folder, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        lines.setFont(JFaceResources.getTextFont());
        TabItem linesTab = new TabItem(folder, SWT.NONE);
        linesTab.setText("First lines");
        linesTab.setControl(lines);
        metadata = new Text(folder, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        metadata.setFont(JFaceResources.getTextFont());
        TabItem metadataTab = new TabItem(folder, SWT.NONE);
        metadataTab.setText("Metadata");
        metadataTab.setToolTipText("A column file's header lines; an HDF5 object's type, shape and attributes");
        metadataTab.setControl(metadata);
    }

    /**
     * Shows what describes the selected entry (see {@code TreeEntry.metadata()}); for an entry
     * without columns to preview (an HDF5 object) the metadata tab comes to the front.
     */
    void showMetadata(List<String> described, boolean hasColumns) {
        metadata.setText(String.join("\n", described));
        if (!hasColumns && !described.isEmpty()) {
            folder.setSelection(2);
        } else if (hasColumns && folder.getSelectionIndex() == 2) {
            folder.setSelection(0);
        }
    }

    Text metadata() {
        return metadata;
    }

    /** The column of the preview table under a display point, or -1. */
    int columnAt(int displayX, int displayY) {
        org.eclipse.swt.graphics.Point point = columns.toControl(displayX, displayY);
        if (columns.getItemCount() == 0) {
            return -1;
        }
        // the first row's cell bounds follow the horizontal scrolling; a click on the header
        // or below the rows is placed by its x alone
        TableItem first = columns.getItem(0);
        for (int c = 0; c < columns.getColumnCount(); c++) {
            org.eclipse.swt.graphics.Rectangle cell = first.getBounds(c);
            if (point.x >= cell.x && point.x < cell.x + cell.width) {
                return c;
            }
        }
        return -1;
    }

    TabFolder control() {
        return folder;
    }

    Table columns() {
        return columns;
    }

    /** Shows a text file, or nothing for null; data rows are those after the skipped rows that are not comments. */
    void show(Path file, String commentCharacters, int skippedRows) {
        columns.setRedraw(false);
        try {
            columns.removeAll();
            for (TableColumn column : columns.getColumns()) {
                column.dispose();
            }
            if (file == null) {
                lines.setText("");
                return;
            }
            List<String> first;
            try (Stream<String> stream = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                // long headers come before the data: read on until enough data rows are found
                first = stream.limit(MAX_LINES_READ).toList();
            } catch (IOException | UncheckedIOException e) {
                lines.setText("cannot read " + file + ": " + e.getMessage());
                return;
            }
            lines.setText(String.join("\n", first.stream().limit(LINES).toList()));
            List<String[]> rows = dataRows(first, commentCharacters, skippedRows);
            int count = Math.min(MAX_COLUMNS, rows.stream().mapToInt(r -> r.length).max().orElse(0));
            for (int c = 0; c < count; c++) {
                TableColumn column = new TableColumn(columns, SWT.RIGHT);
                column.setText("Col" + c); // as column expressions count: from 0
            }
            for (String[] row : rows) {
                TableItem item = new TableItem(columns, SWT.NONE);
                for (int c = 0; c < Math.min(count, row.length); c++) {
                    item.setText(c, row[c]);
                }
            }
            for (TableColumn column : columns.getColumns()) {
                column.pack();
            }
        } finally {
            columns.setRedraw(true);
        }
    }

    /** The first data rows, split at blanks, commas and semicolons as column files are. */
    static List<String[]> dataRows(List<String> lines, String commentCharacters, int skippedRows) {
        List<String[]> rows = new ArrayList<>();
        for (int i = skippedRows; i < lines.size() && rows.size() < ROWS; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || !commentCharacters.isEmpty() && commentCharacters.indexOf(line.charAt(0)) >= 0) {
                continue;
            }
            rows.add(line.split("[\\s,;]+"));
        }
        return rows;
    }
}
