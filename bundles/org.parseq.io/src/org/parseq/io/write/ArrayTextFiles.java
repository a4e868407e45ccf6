package org.parseq.io.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.Stack3D;

/**
 * The text files of a batch run's arrays (docs/batch.md), each written under a temporary name
 * and renamed when complete: numbers as {@link Double#toString},
 * which reads back to the same double, separated by single spaces; a first line {@code # } says
 * what the numbers are. Columns of 1D arrays side by side; an image with one line per row; a
 * stack as its images one after another, a blank line between two, so that any reader that skips
 * {@code #} lines gets rows × columns (or depth·rows × columns) numbers.
 */
public final class ArrayTextFiles {

	/** The name of an axis that has no array of its own: the index along it (e.g. detector pixels). */
	public static final String INDEX_AXIS = "index";

	private ArrayTextFiles() {
	}

	/** {@code # name1 name2 ...}, then one line per point; the arrays have equal lengths. */
	public static void writeColumns(Path file, List<String> names, List<double[]> columns) throws IOException {
		AtomicFiles.writeText(file, true, out -> {
			out.write("# " + String.join(" ", names));
			out.write('\n');
			StringBuilder line = new StringBuilder();
			for (int row = 0; row < columns.get(0).length; row++) {
				line.setLength(0);
				for (int c = 0; c < columns.size(); c++) {
					if (c > 0) {
						line.append(' ');
					}
					line.append(columns.get(c)[row]);
				}
				out.write(line.toString());
				out.write('\n');
			}
		});
	}

	/** {@code # name; shape R C; axes rowAxis columnAxis; unit u}, then R lines of C numbers. */
	public static void writeImage(Path file, String name, List<String> axes, String unit, Image2D image) throws IOException {
		AtomicFiles.writeText(file, true, out -> {
			out.write(header(name, List.of(image.rows(), image.columns()), axes, unit));
			out.write('\n');
			writeRows(out, image.values(), 0, image.rows(), image.columns());
		});
	}

	/** {@code # name; shape D R C; axes ...; unit u}, then D blocks of R lines of C numbers, a blank line between blocks. */
	public static void writeStack(Path file, String name, List<String> axes, String unit, Stack3D stack) throws IOException {
		AtomicFiles.writeText(file, true, out -> {
			out.write(header(name, List.of(stack.depth(), stack.rows(), stack.columns()), axes, unit));
			out.write('\n');
			for (int image = 0; image < stack.depth(); image++) {
				if (image > 0) {
					out.write('\n');
				}
				writeRows(out, stack.values(), image * stack.rows() * stack.columns(), stack.rows(), stack.columns());
			}
		});
	}

	private static String header(String name, List<Integer> shape, List<String> axes, String unit) {
		StringBuilder header = new StringBuilder("# ").append(name).append("; shape");
		shape.forEach(size -> header.append(' ').append(size));
		header.append("; axes");
		for (int i = 0; i < shape.size(); i++) {
			String axis = i < axes.size() ? axes.get(i) : "";
			header.append(' ').append(axis.isEmpty() ? INDEX_AXIS : axis);
		}
		if (!unit.isEmpty()) {
			header.append("; unit ").append(unit.replace(';', ','));
		}
		return header.toString();
	}

	private static void writeRows(Writer out, double[] values, int offset, int rows, int columns)
			throws IOException {
		StringBuilder line = new StringBuilder(columns * 20);
		for (int row = 0; row < rows; row++) {
			line.setLength(0);
			int start = offset + row * columns;
			for (int c = 0; c < columns; c++) {
				if (c > 0) {
					line.append(' ');
				}
				line.append(values[start + c]);
			}
			out.write(line.toString());
			out.write('\n');
		}
	}
}
