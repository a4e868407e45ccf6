package org.parseq.io.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Python script (matplotlib; h5py for HDF5) written beside an export that loads exactly the
 * exported files and redraws each exported node as the node's plot shows it: per node the
 * curves of every item in the item's colour, each array in its line style ({@code LineStyles} of
 * the workbench: the array's index among the node's curves), labels with units, the arrays drawn
 * on the right on a twin axis; per image a figure with its colour scale. The script is the
 * template {@code plot-script.py} with a JSON description of the figures, whose sources say where
 * each array is in the files of the export ({@link Locator}).
 */
public final class PlotScript {

	/** Where an exported array is: a source the script's {@code load} reads, or null where it was not exported. */
	@FunctionalInterface
	public interface Locator {
		Map<String, Object> locate(int row, ExportItem item, NodeDefinition node, ArrayDefinition array);
	}

	private static final String TEMPLATE = "plot-script.py";

	private PlotScript() {
	}

	/** A source: columns of a text table (column 0 first). */
	public static Map<String, Object> columns(String file, int column) {
		return source("columns", "file", file, "column", column);
	}

	/** A source: a whole text table, reshaped. */
	public static Map<String, Object> table(String file, List<Integer> shape) {
		return source("table", "file", file, "shape", shape);
	}

	/** A source: a value in a JSON file, found by the keys and indices of the path. */
	public static Map<String, Object> json(String file, List<Object> path) {
		return source("json", "file", file, "path", path);
	}

	/** A source: an HDF5 dataset, or row {@code row} of it when row is not null. */
	public static Map<String, Object> hdf5(String file, String path, Integer row) {
		return source("hdf5", "file", file, "path", path, "row", row);
	}

	/** A source whose values, once loaded, are multiplied by x^power (χ·k^kw from an unweighted χ). */
	public static Map<String, Object> timesXPower(Map<String, Object> source, Map<String, Object> x, int power) {
		Map<String, Object> scaled = new LinkedHashMap<>(source);
		scaled.put("times_x_power", power);
		scaled.put("x", x);
		return scaled;
	}

	private static Map<String, Object> source(String kind, Object... keysAndValues) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("kind", kind);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			source.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return source;
	}

	/**
	 * The id of an array in the script's dump ({@code PARSEQ_PLOT_DUMP}): item row, alias, node id
	 * and array name, separated by '|'.
	 */
	public static String arrayId(int row, ExportItem item, NodeDefinition node, String array) {
		return row + "|" + item.alias() + "|" + node.id() + "|" + array;
	}

	/**
	 * @param target      the script, e.g. {@code DIR/plot_nexus.py}
	 * @param figureFolder the folder of PNGs, relative to the script's folder
	 */
	public static void write(Path target, String figureFolder, PipelineDefinition pipeline, List<ExportItem> items,
			Locator locator, boolean overwrite) throws IOException {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("output", figureFolder);
		List<Map<String, Object>> figures = new ArrayList<>();
		for (NodeDefinition node : pipeline.topologicalNodes()) {
			Map<String, Object> curves = curveFigure(node, items, locator);
			if (curves != null) {
				figures.add(curves);
			}
			figures.addAll(imageFigures(node, items, locator));
		}
		spec.put("figures", figures);
		// JSON in a Python ''' string: its only quotes ' are inside JSON strings, where \u0027 means the same
		String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(spec).replace("'",
				"\\u0027");
		String script = template().replace("@SPEC@", json);
		AtomicFiles.writeText(target, overwrite, out -> out.write(script));
	}

	private static Map<String, Object> curveFigure(NodeDefinition node, List<ExportItem> items, Locator locator) {
		ArrayDefinition abscissa = node.abscissa().orElse(null);
		if (abscissa == null) {
			return null;
		}
		List<ArrayDefinition> curveArrays = node.arrays().stream().filter(a -> a.role().isCurve()).toList();
		List<ArrayDefinition> exported = curveArrays.stream()
				.filter(a -> items.stream().anyMatch(item -> located(items, item, node, a, locator))).toList();
		List<ArrayDefinition> shown = exported.stream().filter(ArrayDefinition::shownByDefault).toList();
		List<ArrayDefinition> plotted = shown.isEmpty() ? exported : shown;
		List<Map<String, Object>> curves = new ArrayList<>();
		for (int row = 0; row < items.size(); row++) {
			ExportItem item = items.get(row);
			NodeResult result = item.good(node.id());
			if (result == null) {
				continue;
			}
			for (ArrayDefinition array : plotted) {
				String xName = array.axes().isEmpty() || array.axes().get(0).isEmpty() ? abscissa.name()
						: array.axes().get(0);
				ArrayDefinition xArray = node.array(xName).orElse(abscissa);
				Map<String, Object> y = locator.locate(row, item, node, array);
				Map<String, Object> x = locator.locate(row, item, node, xArray);
				if (x == null || y == null) {
					continue;
				}
				Map<String, Object> curve = new LinkedHashMap<>();
				curve.put("id", arrayId(row, item, node, array.name()));
				curve.put("xid", arrayId(row, item, node, xArray.name()));
				curve.put("label", plotted.size() == 1 ? item.alias() : item.alias() + " " + array.label());
				curve.put("color", item.colour());
				curve.put("dash", curveArrays.indexOf(array));
				curve.put("right", array.role() == ArrayRole.Y_RIGHT);
				curve.put("x", x);
				curve.put("y", y);
				curves.add(curve);
			}
		}
		if (curves.isEmpty()) {
			return null;
		}
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("png", node.id() + ".png");
		figure.put("title", node.name());
		figure.put("xlabel", withUnit(abscissa));
		figure.put("ylabel", axisLabel(plotted, ArrayRole.Y));
		figure.put("ylabel2", axisLabel(plotted, ArrayRole.Y_RIGHT));
		figure.put("curves", curves);
		return figure;
	}

	private static boolean located(List<ExportItem> items, ExportItem item, NodeDefinition node, ArrayDefinition array,
			Locator locator) {
		return item.good(node.id()) != null && locator.locate(items.indexOf(item), item, node, array) != null;
	}

	private static List<Map<String, Object>> imageFigures(NodeDefinition node, List<ExportItem> items,
			Locator locator) {
		List<Map<String, Object>> figures = new ArrayList<>();
		for (ArrayDefinition array : node.arrays()) {
			if (array.role() != ArrayRole.IMAGE_2D && array.role() != ArrayRole.STACK_3D) {
				continue;
			}
			for (int row = 0; row < items.size(); row++) {
				ExportItem item = items.get(row);
				if (item.good(node.id()) == null) {
					continue;
				}
				Map<String, Object> source = locator.locate(row, item, node, array);
				if (source == null) {
					continue;
				}
				int first = array.role() == ArrayRole.STACK_3D ? 1 : 0;
				Map<String, Object> image = new LinkedHashMap<>();
				image.put("id", arrayId(row, item, node, array.name()));
				image.put("source", source);
				image.put("label", withUnit(array));
				putAxis(image, "rows", "rowid", "ylabel", row, item, node, axis(array, first), locator);
				putAxis(image, "columns", "columnid", "xlabel", row, item, node, axis(array, first + 1), locator);
				Map<String, Object> figure = new LinkedHashMap<>();
				figure.put("png", node.id() + "." + array.name() + "." + (row + 1) + ".png");
				figure.put("title", node.name() + ": " + array.label() + ", " + item.alias()
						+ (first == 1 ? " (summed over " + axisName(axis(array, 0)) + ")" : ""));
				figure.put("image", image);
				figures.add(figure);
			}
		}
		return figures;
	}

	private static String axis(ArrayDefinition array, int index) {
		return index < array.axes().size() ? array.axes().get(index) : "";
	}

	private static String axisName(String axis) {
		return axis.isEmpty() ? "index" : axis;
	}

	private static void putAxis(Map<String, Object> image, String key, String idKey, String labelKey, int row,
			ExportItem item, NodeDefinition node, String axis, Locator locator) {
		ArrayDefinition axisArray = axis.isEmpty() ? null : node.array(axis).orElse(null);
		Map<String, Object> source = axisArray == null ? null : locator.locate(row, item, node, axisArray);
		image.put(labelKey, axisArray == null ? "index" : withUnit(axisArray));
		if (source != null) {
			image.put(key, source);
			image.put(idKey, arrayId(row, item, node, axisArray.name()));
		}
	}

	private static String axisLabel(List<ArrayDefinition> arrays, ArrayRole role) {
		return String.join(", ", arrays.stream().filter(a -> a.role() == role).map(PlotScript::withUnit).toList());
	}

	private static String withUnit(ArrayDefinition array) {
		return array.unit().isEmpty() ? array.label() : array.label() + " (" + array.unit() + ")";
	}

	private static String template() throws IOException {
		try (InputStream in = PlotScript.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IOException("the plot script template " + TEMPLATE + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
