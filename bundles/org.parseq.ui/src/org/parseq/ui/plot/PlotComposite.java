package org.parseq.ui.plot;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

/**
 * Draws a {@link NodePlotModel} with SWTChart: one line per curve in its item's colour and its
 * array's line style, a right y axis where curves need it, a scrolling legend, zoom with the
 * mouse wheel, pan by dragging, reset with a double click, a read-out of the cursor position
 * and of the curve under it, and a click on a curve reports its item.
 * <p>
 * The axes fit the curves whenever other curves are shown (another selection, an array switched
 * on or off); the user's zoom or pan is kept only while the same curves are shown, e.g. when
 * they are recomputed after a parameter change.
 */
public class PlotComposite extends Composite {

    private static final int LEGEND_WIDTH = 170;

    /** How close (in pixels) a click must be to a curve to pick it. */
    private static final int PICK_DISTANCE = 6;

    private final Chart chart;
    private final Label readout;
    private final PlotLegend legend;
    /** Whether the user zoomed or panned since the axes last fitted the curves. */
    private boolean userZoomed;
    private final LocalResourceManager resources;
    private int rightAxisId = -1;
    private NodePlotModel model;
    private Consumer<String> itemClicked = id -> {
    };
    private Point dragStart;
    private final java.util.List<Grabber> grabbers = new java.util.ArrayList<>();
    private Grabber grabbed;

    public PlotComposite(Composite parent) {
        super(parent, SWT.NONE);
        resources = new LocalResourceManager(JFaceResources.getResources(), this);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        chart = new Chart(this, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getLegend().setVisible(false);
        chart.getTitle().setVisible(false);
        legend = new PlotLegend(this, id -> itemClicked.accept(id));
        GridData legendData = new GridData(SWT.FILL, SWT.FILL, false, true);
        legendData.widthHint = LEGEND_WIDTH;
        legend.table().setLayoutData(legendData);
        readout = new Label(this, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        readout.setText(" ");
        hookMouse(chart.getPlotArea().getControl());
        useOwnFontsAndColours();
    }

    /**
     * SWTChart's default fonts and legend colours are static, made on the first Display of the
     * process: a plot inside a host workbench (or a second Display) must not depend on them.
     */
    private void useOwnFontsAndColours() {
        org.eclipse.swt.graphics.Font font = JFaceResources.getDefaultFont();
        chart.getLegend().setFont(font);
        chart.getLegend().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setFont(font);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            styleAxis(axis);
        }
    }

    private void styleAxis(IAxis axis) {
        axis.getTick().setFont(JFaceResources.getDefaultFont());
        axis.getTitle().setFont(JFaceResources.getDefaultFont());
    }

    public Chart chart() {
        return chart;
    }

    /** Called with the item id of a curve the user clicks. */
    public void onItemClicked(Consumer<String> listener) {
        itemClicked = listener;
    }

    public NodePlotModel model() {
        return model;
    }

    /** Replaces the curves; keeps the user's zoom only if the same curves are shown again. */
    public void show(NodePlotModel newModel) {
        boolean sameCurves = model != null && identities(model).equals(identities(newModel));
        model = newModel;
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            chart.getAxisSet().getXAxis(0).getTitle().setText(newModel.xLabel());
            chart.getAxisSet().getYAxis(0).getTitle().setText(newModel.yLabel());
            updateRightAxis(newModel);
            int index = 0;
            for (Curve curve : newModel.curves()) {
                @SuppressWarnings("unchecked")
                ILineSeries<Object> series = (ILineSeries<Object>) chart.getSeriesSet()
                        .createSeries(ISeries.SeriesType.LINE, index++ + ":" + curve.label());
                series.setDescription(curve.label());
                double[][] finite = finitePoints(curve.x(), curve.y());
                series.setXSeries(finite[0]);
                series.setYSeries(finite[1]);
                series.setLineColor(colour(curve.colour()));
                series.setLineStyle(LineStyles.chart(curve.dash()));
                series.setLineWidth(LineStyles.width(curve.dash()));
                series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                series.setAntialias(SWT.ON);
                series.getLabel().setFont(JFaceResources.getDefaultFont());
                if (curve.rightAxis() && rightAxisId >= 0) {
                    series.setYAxisId(rightAxisId);
                }
            }
            legend.show(newModel.curves(), this::colour);
            if (!sameCurves || !userZoomed) {
                adjustRange();
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** Which curves are shown: items and arrays, not their values. */
    private static List<String> identities(NodePlotModel model) {
        return model.curves().stream().map(c -> c.itemId() + "\u0000" + c.label()).toList();
    }

    /** Shows everything again. */
    public void resetZoom() {
        adjustRange();
        chart.redraw();
    }

    /**
     * Fits the axes to the data. SWTChart's tick computation never ends for a span that
     * overflows or underflows, so such ranges are replaced by a drawable one.
     */
    private void adjustRange() {
        userZoomed = false;
        if (model == null) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.setRange(drawable(span(model.curves(), null, true)));
        chart.getAxisSet().getYAxis(0).setRange(drawable(withMargin(span(model.curves(), false, false))));
        if (rightAxisId >= 0) {
            chart.getAxisSet().getYAxis(rightAxisId).setRange(drawable(withMargin(span(model.curves(), true, false))));
        }
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            Range range = axis.getRange();
            double magnitude = Math.max(Math.abs(range.lower), Math.abs(range.upper));
            axis.getTick().setFormat(magnitude != 0 && (magnitude < 1e-2 || magnitude >= 1e5)
                    ? new java.text.DecimalFormat("0.###E0") : new java.text.DecimalFormat("#,##0.####"));
        }
    }

    /** The extent of the drawable points of the curves on one axis (rightAxis null: all curves). */
    private static Range span(List<Curve> curves, Boolean rightAxis, boolean abscissa) {
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        for (Curve curve : curves) {
            if (rightAxis != null && curve.rightAxis() != rightAxis) {
                continue;
            }
            double[] values = abscissa ? curve.x() : curve.y();
            for (double value : values) {
                if (drawable(value)) {
                    lower = Math.min(lower, value);
                    upper = Math.max(upper, value);
                }
            }
        }
        return lower <= upper ? new Range(lower, upper) : new Range(0, 1);
    }

    private static Range withMargin(Range range) {
        double margin = 0.05 * (range.upper - range.lower);
        return new Range(range.lower - margin, range.upper + margin);
    }

    static Range drawable(Range range) {
        double lower = Double.isFinite(range.lower) ? range.lower : 0;
        double upper = Double.isFinite(range.upper) ? range.upper : lower + 1;
        double centre = lower / 2 + upper / 2;
        double span = upper - lower;
        double smallest = 1e-9 * Math.max(1e-300, Math.abs(centre)) + 1e-300;
        if (!(span > smallest) || !Double.isFinite(span)) {
            double half = Double.isFinite(span) ? Math.max(smallest * 1e3, 0.5 * Math.abs(centre) + 1e-12) : 1e300;
            return new Range(Math.max(-1e300, centre - half), Math.min(1e300, centre + half));
        }
        return new Range(lower, upper);
    }

    /**
     * The points a line can be drawn through: SWTChart's axis ticks never finish on NaN or
     * infinite values, so such points (e.g. outside a spectrum's valid range) are left out.
     */
    private static boolean drawable(double value) {
        return Double.isFinite(value) && Math.abs(value) < 1e300;
    }

    static double[][] finitePoints(double[] x, double[] y) {
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (drawable(x[i]) && drawable(y[i])) {
                count++;
            }
        }
        if (count == x.length) {
            return new double[][] {x, y};
        }
        double[] fx = new double[count];
        double[] fy = new double[count];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (drawable(x[i]) && drawable(y[i])) {
                fx[j] = x[i];
                fy[j++] = y[i];
            }
        }
        return new double[][] {fx, fy};
    }

    private void updateRightAxis(NodePlotModel newModel) {
        if (newModel.hasRightAxis() && rightAxisId < 0) {
            rightAxisId = chart.getAxisSet().createYAxis();
            chart.getAxisSet().getYAxis(rightAxisId).setPosition(IAxis.Position.Secondary);
            styleAxis(chart.getAxisSet().getYAxis(rightAxisId));
        } else if (!newModel.hasRightAxis() && rightAxisId >= 0) {
            chart.getAxisSet().deleteYAxis(rightAxisId);
            rightAxisId = -1;
        }
        if (rightAxisId >= 0) {
            chart.getAxisSet().getYAxis(rightAxisId).getTitle().setText(newModel.yRightLabel());
        }
    }

    private Color colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return resources.create(ColorDescriptor.createFrom(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)));
    }

    /**
     * Something drawn on the plot that the mouse can drag (e.g. the edge of a range): a press it
     * grabs is its drag, not a pan of the plot.
     */
    public interface Grabber {
        /** Whether a press of the first button at this pixel starts a drag of this thing. */
        boolean grab(int x, int y);

        void dragTo(int x, int y);

        void release(int x, int y);
    }

    /** Lets something drawn on the plot take over drags that start on it. */
    public void addGrabber(Grabber grabber) {
        grabbers.add(grabber);
    }

    private void hookMouse(Control plotArea) {
        plotArea.addListener(SWT.MouseMove, event -> {
            if (grabbed != null) {
                grabbed.dragTo(event.x, event.y);
                return;
            }
            mouseMoved(event);
        });
        plotArea.addListener(SWT.MouseDown, event -> {
            if (event.button != 1) {
                return;
            }
            grabbed = grabbers.stream().filter(g -> g.grab(event.x, event.y)).findFirst().orElse(null);
            if (grabbed == null) {
                dragStart = new Point(event.x, event.y);
            }
        });
        plotArea.addListener(SWT.MouseUp, event -> {
            if (grabbed != null) {
                Grabber released = grabbed;
                grabbed = null;
                released.release(event.x, event.y);
                return;
            }
            if (event.button == 1 && dragStart != null
                    && Math.abs(event.x - dragStart.x) + Math.abs(event.y - dragStart.y) < 3) {
                pick(event.x, event.y);
            }
            dragStart = null;
        });
        plotArea.addListener(SWT.MouseDoubleClick, event -> resetZoom());
        plotArea.addListener(SWT.MouseVerticalWheel, event -> zoom(event));
    }

    private void mouseMoved(Event event) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        if (dragStart != null) {
            pan(x, dragStart.x - event.x);
            pan(y, dragStart.y - event.y);
            for (int id : chart.getAxisSet().getYAxisIds()) {
                if (id != 0) {
                    pan(chart.getAxisSet().getYAxis(id), dragStart.y - event.y);
                }
            }
            dragStart = new Point(event.x, event.y);
            userZoomed = true;
            chart.redraw();
        }
        Curve near = nearestCurve(event.x, event.y);
        String position = String.format("x = %.6g    y = %.6g", x.getDataCoordinate(event.x),
                y.getDataCoordinate(event.y));
        readout.setText(near == null ? position : position + "    " + near.label());
        String tip = near == null ? null : near.label();
        if (!java.util.Objects.equals(tip, chart.getPlotArea().getControl().getToolTipText())) {
            chart.getPlotArea().getControl().setToolTipText(tip);
        }
    }

    private static void pan(IAxis axis, int pixels) {
        double shift = axis.getDataCoordinate(pixels) - axis.getDataCoordinate(0);
        Range range = axis.getRange();
        axis.setRange(drawable(new Range(range.lower + shift, range.upper + shift)));
    }

    private void zoom(Event event) {
        double factor = event.count > 0 ? 0.8 : 1.25;
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            boolean horizontal = axis.getDirection() == IAxis.Direction.X;
            double centre = axis.getDataCoordinate(horizontal ? event.x : event.y);
            Range range = axis.getRange();
            axis.setRange(drawable(new Range(centre - (centre - range.lower) * factor,
                    centre + (range.upper - centre) * factor)));
        }
        userZoomed = true;
        chart.redraw();
    }

    private void pick(int px, int py) {
        Curve near = nearestCurve(px, py);
        if (near != null) {
            itemClicked.accept(near.itemId());
        }
    }

    /** The curve drawn within a few pixels of a point of the plot area, if any. */
    private Curve nearestCurve(int px, int py) {
        if (model == null) {
            return null;
        }
        ISeries<?>[] series = chart.getSeriesSet().getSeries();
        Curve best = null;
        double bestDistance = PICK_DISTANCE;
        for (int s = 0; s < series.length && s < model.curves().size(); s++) {
            Curve curve = model.curves().get(s);
            IAxis x = chart.getAxisSet().getXAxis(0);
            IAxis y = chart.getAxisSet().getYAxis(curve.rightAxis() && rightAxisId >= 0 ? rightAxisId : 0);
            for (int i = 0; i < curve.x().length; i++) {
                double dx = x.getPixelCoordinate(curve.x()[i]) - px;
                double dy = y.getPixelCoordinate(curve.y()[i]) - py;
                double distance = Math.hypot(dx, dy);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = curve;
                }
            }
        }
        return best;
    }

    /** Saves the plot as it is drawn now, as PNG, at its size on screen. */
    public void savePng(String path) {
        chart.save(path, SWT.IMAGE_PNG);
    }

    /** The axes as drawn now: ranges, labelled ticks and their format, for an export that looks the same. */
    public PlotAxes axes() {
        return new PlotAxes(axis(chart.getAxisSet().getXAxis(0)), axis(chart.getAxisSet().getYAxis(0)),
                rightAxisId >= 0 ? axis(chart.getAxisSet().getYAxis(rightAxisId)) : null);
    }

    private static PlotAxes.Axis axis(IAxis axis) {
        Range range = axis.getRange();
        java.text.Format format = axis.getTick().getFormat() != null ? axis.getTick().getFormat()
                : new java.text.DecimalFormat("#,##0.####");
        double[] ticks = java.util.Arrays.stream(axis.getTick().getTickLabelValues())
                .filter(v -> v >= Math.min(range.lower, range.upper) && v <= Math.max(range.lower, range.upper))
                .toArray();
        return new PlotAxes.Axis(range.lower, range.upper, ticks, format);
    }

    /** The control the curves are drawn on: mouse events there zoom, pan, pick and read out. */
    public Control plotArea() {
        return chart.getPlotArea().getControl();
    }

    /** What the read-out under the plot says now. */
    public String readout() {
        return readout.getText();
    }

    /** The labels of the legend, top to bottom, for tests and accessibility. */
    public List<String> legendLabels() {
        return legend.labels();
    }

    /** The curves of the plot, by label, for tests and accessibility. */
    public List<String> curveLabels() {
        return model == null ? List.of() : model.curves().stream().map(Curve::label).toList();
    }
}
