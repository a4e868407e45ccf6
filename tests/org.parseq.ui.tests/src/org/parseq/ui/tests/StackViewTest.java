package org.parseq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.Stack3D;
import org.parseq.ui.plot.ImageAxis;
import org.parseq.ui.plot.NodeImageModel;
import org.parseq.ui.plot.NodeImageModel.StackChoice;

/** A 3D array is shown one image at a time, chosen by the view's slider, or as the sum of its images. */
class StackViewTest {

    private static Stack3D stack() {
        int depth = 4;
        int rows = 3;
        int columns = 5;
        double[] values = new double[depth * rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5 + (i % 7);
        }
        return new Stack3D(depth, rows, columns, values);
    }

    @Test
    void theSliderChoosesOneImageOfTheStack() {
        Stack3D stack = stack();
        NodeImageModel third = NodeImageModel.ofStack("scan", stack, new StackChoice(2, false),
                ImageAxis.indices("row", 3), ImageAxis.indices("column", 5));
        assertArrayEquals(stack.image(2).values(), third.image().values());
        assertEquals(4, third.stackDepth());
        assertTrue(third.title().endsWith("image 3 of 4"), third.title());
        NodeImageModel beyond = NodeImageModel.ofStack("scan", stack, new StackChoice(9, false),
                ImageAxis.indices("row", 3), ImageAxis.indices("column", 5));
        assertArrayEquals(stack.image(3).values(), beyond.image().values(), "an index past the end shows the last");
    }

    @Test
    void theSumAddsEveryImagePixelByPixel() {
        Stack3D stack = stack();
        NodeImageModel sum = NodeImageModel.ofStack("scan", stack, new StackChoice(1, true),
                ImageAxis.indices("row", 3), ImageAxis.indices("column", 5));
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 5; column++) {
                double expected = 0;
                for (int image = 0; image < 4; image++) {
                    expected += stack.at(image, row, column);
                }
                assertEquals(expected, sum.image().at(row, column), 1e-12);
            }
        }
        assertTrue(sum.title().endsWith("sum of 4 images"), sum.title());
    }
}
