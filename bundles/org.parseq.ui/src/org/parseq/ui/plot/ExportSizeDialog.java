package org.parseq.ui.plot;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/** Asks the size of an exported plot, and for a PNG its resolution (pixels per point). */
public final class ExportSizeDialog extends Dialog {

    private final boolean raster;
    private Spinner width;
    private Spinner height;
    private Combo scale;
    private int chosenWidth = SvgExport.DEFAULT_WIDTH;
    private int chosenHeight = SvgExport.DEFAULT_HEIGHT;
    private int chosenScale = 2;

    /** @param raster whether the export is a PNG, which has a resolution */
    public ExportSizeDialog(Shell parent, boolean raster) {
        super(parent);
        this.raster = raster;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(raster ? "Export PNG" : "Export SVG");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Width (points)");
        width = spinner(area, chosenWidth);
        new Label(area, SWT.NONE).setText("Height (points)");
        height = spinner(area, chosenHeight);
        if (raster) {
            new Label(area, SWT.NONE).setText("Resolution");
            scale = new Combo(area, SWT.READ_ONLY);
            scale.setItems("1\u00d7 (96 dpi, screen)", "2\u00d7 (192 dpi)", "3\u00d7 (288 dpi, print)",
                    "4\u00d7 (384 dpi)");
            scale.select(chosenScale - 1);
        }
        return area;
    }

    private static Spinner spinner(Composite parent, int value) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, 200, 8000, 0, 10, 100);
        return spinner;
    }

    @Override
    protected void okPressed() {
        chosenWidth = width.getSelection();
        chosenHeight = height.getSelection();
        chosenScale = scale == null ? 1 : scale.getSelectionIndex() + 1;
        super.okPressed();
    }

    public int width() {
        return chosenWidth;
    }

    public int height() {
        return chosenHeight;
    }

    /** Pixels per point of a PNG. */
    public int scale() {
        return chosenScale;
    }
}
