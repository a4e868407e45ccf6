package org.parseq.io.write;

import java.util.Arrays;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;

/** An array of a node's result in its own shape, as HDF5 writers take it. */
public final class ArrayShapes {

	private ArrayShapes() {
	}

	/** x and the curves: the 1D arrays that are plotted or plot others. */
	public static boolean isLine(ArrayDefinition array) {
		return array.role() == ArrayRole.X || array.role().isCurve();
	}

	/**
	 * A curve or x as {@code double[]}, an image as {@code double[rows][columns]}, a stack as
	 * {@code double[depth][rows][columns]}; null when the result lacks it or it is neither.
	 */
	public static Object data(ArrayDefinition array, NodeResult result) {
		switch (array.role()) {
			case IMAGE_2D -> {
				return result.image(array.name()).map(image -> {
					double[][] rows = new double[image.rows()][];
					for (int r = 0; r < rows.length; r++) {
						rows[r] = Arrays.copyOfRange(image.values(), r * image.columns(), (r + 1) * image.columns());
					}
					return (Object) rows;
				}).orElse(null);
			}
			case STACK_3D -> {
				return result.stack(array.name()).map(stack -> {
					double[][][] images = new double[stack.depth()][stack.rows()][];
					int size = stack.rows() * stack.columns();
					for (int d = 0; d < stack.depth(); d++) {
						for (int r = 0; r < stack.rows(); r++) {
							int start = d * size + r * stack.columns();
							images[d][r] = Arrays.copyOfRange(stack.values(), start, start + stack.columns());
						}
					}
					return (Object) images;
				}).orElse(null);
			}
			default -> {
				return isLine(array) ? result.arrays().get(array.name()) : null;
			}
		}
	}
}
