package org.parseq.ui.combine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.parseq.model.CombinePreview;

/**
 * Draws a {@link CombinePreview}: for PCA the scree plot (eigenvalues, log scale) with
 * Malinowski's IND on the right axis and its minimum marked by a large diamond; for MCR-ALS the
 * concentrations C of every component over the items, each with its error band as two dashed
 * lines of its colour. A view: it computes nothing.
 */
public final class CombinePreviewChart extends Composite {

    private static final int[][] COMPONENT_COLOURS = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44},
        {148, 103, 189}, {255, 127, 14}, {140, 86, 75}};

    private final Chart chart;
    private final List<Color> colours = new ArrayList<>();
    private int rightAxis = -1;
    private String shown = "";

    public CombinePreviewChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = new Chart(this, SWT.NONE);
        chart.getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getLegend().setFont(JFaceResources.getDefaultFont());
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getLegend().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setFont(JFaceResources.getDefaultFont());
            axis.getTitle().setFont(JFaceResources.getDefaultFont());
        }
        for (int[] rgb : COMPONENT_COLOURS) {
            colours.add(new Color(rgb[0], rgb[1], rgb[2]));
        }
        clear("select items and a kind to preview");
    }

    public Chart chart() {
        return chart;
    }

    /** What is drawn, in words: "PCA: 19 eigenvalues, IND minimum at 9", "MCR-ALS: C of 2 components, ...". */
    public String shown() {
        return shown;
    }

    /** Draws an outcome; a problem or a kind without preview leaves an empty chart titled by the text. */
    public void show(CombinePreview.Outcome outcome) {
        switch (outcome) {
            case CombinePreview.Pca pca -> showPca(pca);
            case CombinePreview.Mcr mcr -> showMcr(mcr);
            case CombinePreview.Problem problem -> clear("no preview: see the message above");
            case CombinePreview.Nothing nothing -> clear("no preview for this kind");
        }
    }

    /** An empty chart with a title that says why. */
    public void clear(String title) {
        removeSeries();
        chart.getTitle().setText(title);
        chart.getTitle().setVisible(true);
        shown = "";
        chart.redraw();
    }

    private void showPca(CombinePreview.Pca pca) {
        removeSeries();
        IAxis right = rightAxis();
        double[] eigenvalues = pca.eigenvalues();
        List<double[]> scree = positive(eigenvalues);
        ILineSeries<?> values = line("eigenvalues", scree.get(0), scree.get(1), colours.get(0));
        values.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        values.setSymbolColor(colours.get(0));
        List<double[]> indicator = positive(pca.indicator());
        ILineSeries<?> ind = line("IND", indicator.get(0), indicator.get(1), colours.get(1));
        ind.setSymbolType(ILineSeries.PlotSymbolType.SQUARE);
        ind.setSymbolColor(colours.get(1));
        ind.setYAxisId(right.getId());
        int minimum = pca.minimum();
        if (minimum >= 1 && minimum <= pca.indicator().length) {
            ILineSeries<?> marked = line("IND minimum: " + minimum + " components", new double[] {minimum},
                    new double[] {pca.indicator()[minimum - 1]}, colours.get(1));
            marked.setLineStyle(LineStyle.NONE);
            marked.setSymbolType(ILineSeries.PlotSymbolType.DIAMOND);
            marked.setSymbolSize(9);
            marked.setSymbolColor(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            marked.setYAxisId(right.getId());
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("number of components");
        IAxis left = chart.getAxisSet().getYAxis(0);
        left.getTitle().setText("eigenvalue");
        right.getTitle().setText("IND");
        fitLog(left);
        fitLog(right);
        x.adjustRange();
        chart.getTitle().setText("PCA: scree and IND, minimum at " + minimum);
        shown = "PCA: " + eigenvalues.length + " eigenvalues, IND minimum at " + minimum;
        chart.redraw();
    }

    private void showMcr(CombinePreview.Mcr mcr) {
        removeSeries();
        double[][] c = mcr.concentrations();
        int components = c.length == 0 ? 0 : c[0].length;
        double[] index = new double[c.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i + 1;
        }
        for (int k = 0; k < components; k++) {
            Color colour = colours.get(k % colours.size());
            line("C" + (k + 1), index, column(c, k), colour).setLineWidth(2);
            ILineSeries<?> lower = line("C" + (k + 1) + " band", index, column(mcr.lower(), k), colour);
            lower.setLineStyle(LineStyle.DASH);
            ILineSeries<?> upper = line("C" + (k + 1) + " band ", index, column(mcr.upper(), k), colour);
            upper.setLineStyle(LineStyle.DASH);
            upper.setVisibleInLegend(false);
        }
        IAxis left = chart.getAxisSet().getYAxis(0);
        left.enableLogScale(false);
        left.getTitle().setText("concentration");
        chart.getAxisSet().getXAxis(0).getTitle().setText("item");
        if (rightAxis >= 0) {
            chart.getAxisSet().deleteYAxis(rightAxis);
            rightAxis = -1;
        }
        chart.getAxisSet().adjustRange();
        chart.getTitle().setText("MCR-ALS: C with error bands (" + mcr.iterations() + " iterations)");
        shown = "MCR-ALS: C of " + components + " components over " + c.length + " items with bands";
        chart.redraw();
    }

    private ILineSeries<?> line(String id, double[] x, double[] y, Color colour) {
        @SuppressWarnings("unchecked")
        ILineSeries<Object> series = (ILineSeries<Object>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setLineColor(colour);
        series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        series.setAntialias(SWT.ON);
        series.getLabel().setFont(JFaceResources.getDefaultFont());
        return series;
    }

    private IAxis rightAxis() {
        if (rightAxis < 0) {
            rightAxis = chart.getAxisSet().createYAxis();
            IAxis axis = chart.getAxisSet().getYAxis(rightAxis);
            axis.setPosition(IAxis.Position.Secondary);
            axis.getTick().setFont(JFaceResources.getDefaultFont());
            axis.getTitle().setFont(JFaceResources.getDefaultFont());
        }
        return chart.getAxisSet().getYAxis(rightAxis);
    }

    /** Log scale on an axis once it holds positive values only; the range is then fitted. */
    private static void fitLog(IAxis axis) {
        axis.adjustRange();
        axis.enableLogScale(true);
        axis.adjustRange();
    }

    private void removeSeries() {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        chart.getAxisSet().getYAxis(0).enableLogScale(false);
        if (rightAxis >= 0) {
            chart.getAxisSet().getYAxis(rightAxis).enableLogScale(false);
        }
    }

    /** The points (k, value) with a positive value, k from 1, for a log axis. */
    private static List<double[]> positive(double[] values) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 && Double.isFinite(values[i])) {
                xs.add(i + 1.0);
                ys.add(values[i]);
            }
        }
        return List.of(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] column(double[][] matrix, int column) {
        double[] values = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            values[i] = matrix[i][column];
        }
        return values;
    }

    @Override
    public void dispose() {
        super.dispose();
        colours.forEach(Color::dispose);
    }
}
