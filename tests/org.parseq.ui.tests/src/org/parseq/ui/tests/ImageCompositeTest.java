package org.parseq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.Image2D;
import org.parseq.ui.plot.ImageComposite;
import org.parseq.ui.plot.NodeImageModel;

class ImageCompositeTest {

    @Test
    void aTwoDimensionalArrayIsDrawnAsAColouredImageWithAColourBar() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(520, 360);
            ImageComposite view = new ImageComposite(shell);
            double[] values = new double[20 * 50];
            for (int row = 0; row < 20; row++) {
                for (int column = 0; column < 50; column++) {
                    values[row * 50 + column] = Math.sin(column / 8.0) * row;
                }
            }
            view.show(NodeImageModel.of("test \u2013 map", new Image2D(20, 50, values),
                    org.parseq.ui.plot.ImageAxis.indices("row", 20), new org.parseq.ui.plot.ImageAxis("x", 0, 49)));
            shell.open();
            for (int i = 0; i < 50; i++) {
                display.readAndDispatch();
            }
            Image capture = new Image(display, view.getSize().x, view.getSize().y);
            GC gc = new GC(view);
            gc.copyArea(capture, 0, 0);
            gc.dispose();
            ImageData data = capture.getImageData();
            capture.dispose();
            Set<Integer> colours = new HashSet<>();
            for (int y = 30; y < data.height - 50; y += 2) {
                for (int x = 70; x < data.width - 100; x += 2) {
                    colours.add(data.getPixel(x, y));
                }
            }
            assertTrue(colours.size() > 30, "the image shows many colours, not a blank area: " + colours.size());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aFewHotPixelsDoNotWashOutTheColourScale() {
        double[] values = new double[151 * 103];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 97;
        }
        for (int i = 0; i < 8; i++) {
            values[i * 1000] = 4294967295.0; // flagged detector pixels
        }
        NodeImageModel model = NodeImageModel.of("scan", new Image2D(151, 103, values),
                org.parseq.ui.plot.ImageAxis.indices("row", 151), org.parseq.ui.plot.ImageAxis.indices("pixel", 103));
        assertTrue(model.high() <= 96, "the colour scale ends at the bulk of the values: " + model.high());
        assertTrue(model.low() >= 0, "and starts at them: " + model.low());
    }

    @Test
    void theWheelZoomsAboutTheCursorADoubleClickShowsAllAndTheCursorReadsTheValue() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(520, 360);
            ImageComposite view = new ImageComposite(shell);
            double[] values = new double[40 * 60];
            for (int i = 0; i < values.length; i++) {
                values[i] = i;
            }
            view.show(NodeImageModel.of("ramp", new Image2D(40, 60, values),
                    new org.parseq.ui.plot.ImageAxis("θ (deg)", -0.25, 0.25),
                    org.parseq.ui.plot.ImageAxis.indices("pixel", 60)));
            shell.open();
            for (int i = 0; i < 50; i++) {
                display.readAndDispatch();
            }
            double[] whole = view.visibleRange();
            org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
            wheel.x = 200;
            wheel.y = 150;
            wheel.count = 3;
            view.notifyListeners(org.eclipse.swt.SWT.MouseVerticalWheel, wheel);
            double[] zoomed = view.visibleRange();
            assertTrue(zoomed[1] - zoomed[0] < whole[1] - whole[0], "fewer columns shown after zooming in");
            assertTrue(zoomed[3] - zoomed[2] < whole[3] - whole[2], "fewer rows shown after zooming in");

            org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
            move.x = 200;
            move.y = 150;
            view.notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
            assertTrue(view.cursorText().contains("θ (deg) = ") && view.cursorText().contains("value = "),
                    view.cursorText());

            view.setProfiles(true);
            int[] cell = view.profileCell();
            assertTrue(cell[0] >= 0 && cell[0] < 40 && cell[1] >= 0 && cell[1] < 60,
                    "the profiles follow the cell under the cursor: " + java.util.Arrays.toString(cell));
            org.junit.jupiter.api.Assertions.assertEquals(
                    view.cursorText().replaceAll(".*value = ", ""),
                    String.format("%.4g", values[cell[0] * 60 + cell[1]]), "the cell read out is the profiled one");

            view.notifyListeners(org.eclipse.swt.SWT.MouseDoubleClick, new org.eclipse.swt.widgets.Event());
            org.junit.jupiter.api.Assertions.assertArrayEquals(whole, view.visibleRange(), 1e-12);
        } finally {
            shell.dispose();
        }
    }

    @Test
    void draggingAnOverlayHandleReshapesItAndHandsTheNewShapeOnWhenLetGo() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(620, 420);
            ImageComposite view = new ImageComposite(shell);
            view.show(NodeImageModel.of("scan", new Image2D(151, 200, new double[151 * 200]),
                    new org.parseq.ui.plot.ImageAxis("θ (deg)", -0.25, 0.25),
                    org.parseq.ui.plot.ImageAxis.indices("pixel", 200)));
            var spanSpec = new org.parseq.ui.overlays.OverlaySpec.Span("band",
                    org.parseq.ui.overlays.OverlaySpec.ImageDirection.COLUMNS, "first", "last");
            var bandSpec = new org.parseq.ui.overlays.OverlaySpec.LineBand("line", "begin", "end", "width");
            java.util.List<org.parseq.ui.overlays.OverlayShape> edited = new java.util.ArrayList<>();
            view.setOverlays(java.util.List.of(new org.parseq.ui.overlays.OverlayShape.Span(spanSpec, 40, 60),
                    new org.parseq.ui.overlays.OverlayShape.LineBand(bandSpec, 100, -0.1, 150, 0.1, 0.05)),
                    edited::add);
            shell.open();
            for (int i = 0; i < 50; i++) {
                display.readAndDispatch();
            }
            // drag the span's first edge 30 pixels of the screen to the right
            int x = view.screenX(40);
            int y = view.screenY(0);
            mouse(view, org.eclipse.swt.SWT.MouseDown, x, y, 1);
            mouse(view, org.eclipse.swt.SWT.MouseMove, x + 30, y, 0);
            assertTrue(edited.isEmpty(), "nothing is edited while dragging");
            mouse(view, org.eclipse.swt.SWT.MouseUp, x + 30, y, 1);
            org.junit.jupiter.api.Assertions.assertEquals(1, edited.size());
            var span = (org.parseq.ui.overlays.OverlayShape.Span) edited.get(0);
            assertTrue(span.from() > 45 && span.from() < 60, "the edge moved right: " + span);
            org.junit.jupiter.api.Assertions.assertEquals(60, span.to(), 1e-9);
            org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("first", "last"),
                    span.parameterValues().keySet());

            // drag the line band's end point up
            int endX = view.screenX(150);
            int endY = view.screenY(0.1);
            mouse(view, org.eclipse.swt.SWT.MouseDown, endX, endY, 1);
            mouse(view, org.eclipse.swt.SWT.MouseMove, endX, endY - 40, 0);
            mouse(view, org.eclipse.swt.SWT.MouseUp, endX, endY - 40, 1);
            var band = (org.parseq.ui.overlays.OverlayShape.LineBand) edited.get(1);
            assertTrue(band.y2() > 0.12, "the end point moved up in θ: " + band);
            org.junit.jupiter.api.Assertions.assertEquals(100, band.x1(), 1e-9);
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(100.0, -0.1),
                    band.parameterValues().get("begin"));
        } finally {
            shell.dispose();
        }
    }

    private static void mouse(ImageComposite view, int type, int x, int y, int button) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = type == org.eclipse.swt.SWT.MouseMove ? org.eclipse.swt.SWT.BUTTON1 : 0;
        view.notifyListeners(type, event);
    }
}
