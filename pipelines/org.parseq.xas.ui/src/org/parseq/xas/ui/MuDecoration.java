package org.parseq.xas.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.parseq.core.engine.NodeResult;
import org.parseq.ui.nodes.NodeDecoration;

/**
 * The µd view's ranges and marks: the pre-edge range (fractions of [first energy, E0]), the
 * post-edge range (eV above E0) and the E0 search range (fractions of [first, last energy]) as
 * draggable spans; each selected item's E0 as a dashed line in its colour and the first item's
 * µ0 knots; and read-outs under the plot: E0, edge step, noise level and the k max of the data.
 */
public final class MuDecoration implements NodeDecoration {

    static final String PRE_EDGE = "pre-edge";
    static final String POST_EDGE = "post-edge";
    static final String E0_SEARCH = "E0 search";

    private Site site;
    private Label readout;

    @Override
    public Runnable attach(Site attached) {
        this.site = attached;
        new SpanLayer(site, List.of(
                new SpanLayer.Span(PRE_EDGE, "preedgeWhere", new RGB(70, 110, 200), 4, () -> first().map(
                        r -> fractions(r.e()[0], r.e0()))),
                new SpanLayer.Span(POST_EDGE, "postedgeWhere", new RGB(40, 160, 70), 1, () -> first().map(
                        r -> aboveE0(r.e0()))),
                new SpanLayer.Span(E0_SEARCH, "e0Where", new RGB(230, 140, 20), 4, () -> first().map(
                        r -> fractions(r.e()[0], r.e()[r.e().length - 1])))));
        site.plot().plotArea().addListener(SWT.Paint, event -> {
            for (SelectedResult selected : site.selectedResults(site.node().id())) {
                selected.result().scalar("e0").ifPresent(
                        e0 -> PlotMarks.verticalLine(site.plot(), event.gc, e0, PlotMarks.rgb(selected.colour())));
            }
            site.selectedResults(site.node().id()).stream().findFirst().ifPresent(selected -> {
                Optional<double[]> x = selected.result().array("mu0eknots_x");
                Optional<double[]> y = selected.result().array("mu0eknots_y");
                if (x.isPresent() && y.isPresent()) {
                    PlotMarks.squares(site.plot(), event.gc, x.get(), y.get(), new RGB(90, 90, 90));
                }
            });
        });
        readout = new Label(site.readouts(), SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout.setData("readout", "mu");
        return this::refresh;
    }

    private void refresh() {
        List<SelectedResult> selected = site.selectedResults(site.node().id());
        readout.setText(selected.isEmpty() ? "" : line(selected.get(0))
                + (selected.size() > 1 ? "      (first of " + selected.size() + " selected)" : ""));
        readout.setToolTipText(selected.stream().map(MuDecoration::line).collect(Collectors.joining("\n")));
        site.plot().plotArea().redraw();
    }

    /** The read-outs of one item, e.g. "Cu1:  E0 8980.3 eV   edge step 1.213   noise level –   k max 17.9 Å⁻¹". */
    static String line(SelectedResult selected) {
        NodeResult result = selected.result();
        return selected.alias() + ":   E0 " + number(result, "e0", "%.2f") + " eV    edge step "
                + number(result, "edgeStep", "%.4g") + "    noise level " + number(result, "noiseLevel", "%.3g")
                + "    k max of the data " + number(result, "datakmax", "%.2f") + " Å⁻¹";
    }

    private static String number(NodeResult result, String scalar, String format) {
        return result.scalar(scalar).filter(Double::isFinite).map(v -> String.format(format, v)).orElse("–");
    }

    private record Edge(double[] e, double e0) {
    }

    private Optional<Edge> first() {
        return site.selectedResults(site.node().id()).stream().findFirst().map(SelectedResult::result)
                .filter(NodeResult::isGood).flatMap(r -> r.array("e").filter(e -> e.length > 1)
                        .flatMap(e -> r.scalar("e0").filter(Double::isFinite).map(e0 -> new Edge(e, e0))));
    }

    /** Values as fractions of [low, high], as the original's preedgeWhere and e0Where. */
    private static SpanLayer.Mapping fractions(double low, double high) {
        return new SpanLayer.Mapping() {
            @Override
            public double x(int end, double value) {
                return low + value * (high - low);
            }

            @Override
            public double value(double x) {
                return (x - low) / (high - low);
            }
        };
    }

    private static SpanLayer.Mapping aboveE0(double e0) {
        return new SpanLayer.Mapping() {
            @Override
            public double x(int end, double value) {
                return e0 + value;
            }

            @Override
            public double value(double x) {
                return x - e0;
            }
        };
    }
}
