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
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Draws a {@link NodePlotModel} with SWTChart: one line per curve in its item's colour, a
 * right y axis where curves need it, a legend, zoom with the mouse wheel, pan by dragging,
 * reset with a double click, a read-out of the cursor position, and a click on a curve
 * reports its item.
 */
public class PlotComposite extends Composite {

    /** How close (in pixels) a click must be to a curve to pick it. */
    private static final int PICK_DISTANCE = 6;

    private final Chart chart;
    private final Label readout;
    private final LocalResourceManager resources;
    private int rightAxisId = -1;
    private NodePlotModel model;
    private Consumer<String> itemClicked = id -> {
    };
    private Point dragStart;

    public PlotComposite(Composite parent) {
        super(parent, SWT.NONE);
        resources = new LocalResourceManager(JFaceResources.getResources(), this);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        chart = new Chart(this, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getTitle().setVisible(false);
        readout = new Label(this, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout.setText(" ");
        hookMouse(chart.getPlotArea().getControl());
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

    /** Replaces the curves; keeps the zoom unless the plot was empty before. */
    public void show(NodePlotModel newModel) {
        boolean wasEmpty = model == null || model.curves().isEmpty();
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
                series.setXSeries(curve.x());
                series.setYSeries(curve.y());
                series.setLineColor(colour(curve.colour()));
                series.setLineStyle(curve.rightAxis() ? LineStyle.DASH : LineStyle.SOLID);
                series.setLineWidth(2);
                series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                series.setAntialias(SWT.ON);
                if (curve.rightAxis() && rightAxisId >= 0) {
                    series.setYAxisId(rightAxisId);
                }
            }
            if (wasEmpty) {
                chart.getAxisSet().adjustRange();
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** Shows everything again. */
    public void resetZoom() {
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private void updateRightAxis(NodePlotModel newModel) {
        if (newModel.hasRightAxis() && rightAxisId < 0) {
            rightAxisId = chart.getAxisSet().createYAxis();
            chart.getAxisSet().getYAxis(rightAxisId).setPosition(IAxis.Position.Secondary);
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

    private void hookMouse(Control plotArea) {
        plotArea.addListener(SWT.MouseMove, this::mouseMoved);
        plotArea.addListener(SWT.MouseDown, event -> {
            if (event.button == 1) {
                dragStart = new Point(event.x, event.y);
            }
        });
        plotArea.addListener(SWT.MouseUp, event -> {
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
            chart.redraw();
        }
        readout.setText(String.format("x = %.6g    y = %.6g", x.getDataCoordinate(event.x),
                y.getDataCoordinate(event.y)));
    }

    private static void pan(IAxis axis, int pixels) {
        double shift = axis.getDataCoordinate(pixels) - axis.getDataCoordinate(0);
        Range range = axis.getRange();
        axis.setRange(new Range(range.lower + shift, range.upper + shift));
    }

    private void zoom(Event event) {
        double factor = event.count > 0 ? 0.8 : 1.25;
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            boolean horizontal = axis.getDirection() == IAxis.Direction.X;
            double centre = axis.getDataCoordinate(horizontal ? event.x : event.y);
            Range range = axis.getRange();
            axis.setRange(new Range(centre - (centre - range.lower) * factor, centre + (range.upper - centre) * factor));
        }
        chart.redraw();
    }

    private void pick(int px, int py) {
        if (model == null) {
            return;
        }
        ISeries<?>[] series = chart.getSeriesSet().getSeries();
        String best = null;
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
                    best = curve.itemId();
                }
            }
        }
        if (best != null) {
            itemClicked.accept(best);
        }
    }

    /** Saves the plot as it is drawn now, as PNG. */
    public void savePng(String path) {
        chart.save(path, SWT.IMAGE_PNG);
    }

    /** The curves of the plot, by label, for tests and accessibility. */
    public List<String> curveLabels() {
        return model == null ? List.of() : model.curves().stream().map(Curve::label).toList();
    }
}
