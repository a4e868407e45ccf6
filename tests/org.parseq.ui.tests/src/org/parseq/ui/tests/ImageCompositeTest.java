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

            view.notifyListeners(org.eclipse.swt.SWT.MouseDoubleClick, new org.eclipse.swt.widgets.Event());
            org.junit.jupiter.api.Assertions.assertArrayEquals(whole, view.visibleRange(), 1e-12);
        } finally {
            shell.dispose();
        }
    }
}
