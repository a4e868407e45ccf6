package org.parseq.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The legend beside a plot: one row per curve with a sample of its colour and line style, in a
 * list that scrolls, so that it stays readable for a hundred curves (SWTChart's own legend
 * cannot scroll and hides the plot). Clicking a row reports its item.
 */
final class PlotLegend {

    private static final int SAMPLE_WIDTH = 30;
    private static final int SAMPLE_HEIGHT = 12;

    private final Table table;
    private final List<Image> samples = new ArrayList<>();

    PlotLegend(Composite parent, Consumer<String> itemClicked) {
        table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE | SWT.FULL_SELECTION);
        table.addListener(SWT.Selection, event -> {
            if (event.item instanceof TableItem row && row.getData() instanceof String itemId) {
                itemClicked.accept(itemId);
            }
        });
        table.addListener(SWT.Dispose, event -> disposeSamples());
    }

    Table table() {
        return table;
    }

    void show(List<Curve> curves, Function<String, Color> colours) {
        table.setRedraw(false);
        try {
            table.removeAll();
            disposeSamples();
            for (Curve curve : curves) {
                TableItem row = new TableItem(table, SWT.NONE);
                row.setText(curve.label());
                row.setData(curve.itemId());
                row.setImage(sample(colours.apply(curve.colour()), curve.dash()));
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** The labels in the legend, top to bottom. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (TableItem row : table.getItems()) {
            labels.add(row.getText());
        }
        return labels;
    }

    private Image sample(Color colour, int dash) {
        Image image = new Image(table.getDisplay(), SAMPLE_WIDTH, SAMPLE_HEIGHT);
        GC gc = new GC(image);
        try {
            gc.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
            gc.setForeground(colour);
            gc.setLineWidth(LineStyles.width(dash));
            gc.setLineStyle(LineStyles.swt(dash));
            gc.drawLine(1, SAMPLE_HEIGHT / 2, SAMPLE_WIDTH - 2, SAMPLE_HEIGHT / 2);
        } finally {
            gc.dispose();
        }
        samples.add(image);
        return image;
    }

    private void disposeSamples() {
        samples.forEach(Image::dispose);
        samples.clear();
    }
}
