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
            view.show(new NodeImageModel("test \u2013 map", new Image2D(20, 50, values), 0, 49, "x"));
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
}
