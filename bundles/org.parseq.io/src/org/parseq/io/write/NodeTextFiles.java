package org.parseq.io.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * An item's arrays as text files in its folder ({@link ArrayTextFiles} says how numbers are
 * written; docs/batch.md, "Output"): {@code <node id>.txt} for every 1D node it reached (x first,
 * then the node's curves on the same grid), {@code <node id>.<array>.txt} for each image, stack,
 * and curve on another axis than the node's x. Files of nodes or arrays not written this time are
 * removed, so that a folder never mixes two runs.
 */
public final class NodeTextFiles {

	private final PipelineDefinition pipeline;
	private final ExportSelection selection;

	public NodeTextFiles(PipelineDefinition pipeline, ExportSelection selection) {
		this.pipeline = pipeline;
		this.selection = selection;
	}

	/** Writes the chosen nodes and arrays of an item's results (by node id) into the folder. */
	public void write(Path folder, Map<String, NodeResult> results) throws IOException {
		Files.createDirectories(folder);
		for (NodeDefinition node : pipeline.nodes()) {
			NodeResult result = results.get(node.id());
			boolean good = result != null && result.isGood() && selection.writes(node);
			Path table = folder.resolve(node.id() + ".txt");
			List<ArrayDefinition> columns = good ? tableColumns(node, result) : List.of();
			if (!columns.isEmpty()) {
				ArrayTextFiles.writeColumns(table, columns.stream().map(ArrayDefinition::name).toList(),
						columns.stream().map(c -> result.arrays().get(c.name())).toList());
			} else {
				Files.deleteIfExists(table);
			}
			for (ArrayDefinition array : node.arrays()) {
				Path file = ownFile(folder, node, array);
				if (!good || !selection.writes(node, array) || !writeOwnFile(file, node, array, result)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private static Path ownFile(Path folder, NodeDefinition node, ArrayDefinition array) {
		return folder.resolve(node.id() + "." + array.name() + ".txt");
	}

	/** The columns written to the node's table {@code <node id>.txt} (x first), empty when none is written. */
	public List<ArrayDefinition> tableColumns(NodeDefinition node, NodeResult result) {
		if (!selection.writes(node) || node.abscissa().isEmpty()
				|| !result.arrays().containsKey(node.abscissa().get().name())) {
			return List.of();
		}
		List<ArrayDefinition> columns = columns(node, result).stream().filter(c -> selection.writes(node, c)).toList();
		boolean anyChosen = selection.arrayNames().isEmpty()
				|| columns.stream().anyMatch(c -> selection.arrayNames().contains(c.name()));
		return anyChosen ? columns : List.of();
	}

	/** The columns of a node's text file: x, then curves with x's length, in declaration order. */
	public static List<ArrayDefinition> columns(NodeDefinition node, NodeResult result) {
		List<ArrayDefinition> columns = new ArrayList<>();
		ArrayDefinition x = node.abscissa().orElseThrow();
		int length = result.arrays().get(x.name()).length;
		columns.add(x);
		for (ArrayDefinition array : node.arrays()) {
			double[] values = result.arrays().get(array.name());
			if (array.role().isCurve() && values != null && values.length == length) {
				columns.add(array);
			}
		}
		return columns;
	}

	/** Images, stacks, and curves that are not on the node's x grid, each in a file of its own. */
	private static boolean writeOwnFile(Path file, NodeDefinition node, ArrayDefinition array, NodeResult result)
			throws IOException {
		switch (array.role()) {
			case IMAGE_2D -> {
				if (result.image(array.name()).isEmpty()) {
					return false;
				}
				ArrayTextFiles.writeImage(file, array.name(), array.axes(), array.unit(),
						result.image(array.name()).get());
				return true;
			}
			case STACK_3D -> {
				if (result.stack(array.name()).isEmpty()) {
					return false;
				}
				ArrayTextFiles.writeStack(file, array.name(), array.axes(), array.unit(),
						result.stack(array.name()).get());
				return true;
			}
			default -> {
				return array.role().isCurve() && writeOffGridCurve(file, node, array, result);
			}
		}
	}

	/** A curve whose length differs from x's, beside its own axis array when it names one of its length. */
	private static boolean writeOffGridCurve(Path file, NodeDefinition node, ArrayDefinition array, NodeResult result)
			throws IOException {
		double[] values = result.arrays().get(array.name());
		double[] x = node.abscissa().map(a -> result.arrays().get(a.name())).orElse(null);
		if (values == null || x != null && x.length == values.length) {
			return false;
		}
		if (hasOwnAxis(array, result)) {
			ArrayTextFiles.writeColumns(file, List.of(array.axes().get(0), array.name()),
					List.of(result.arrays().get(array.axes().get(0)), values));
		} else {
			ArrayTextFiles.writeColumns(file, List.of(array.name()), List.of(values));
		}
		return true;
	}

	private static boolean hasOwnAxis(ArrayDefinition curve, NodeResult result) {
		double[] axis = curve.axes().isEmpty() ? null : result.arrays().get(curve.axes().get(0));
		double[] values = result.arrays().get(curve.name());
		return axis != null && values != null && axis.length == values.length;
	}

	/** Where a plotting script finds an array in these files, below the export folder: {@code <alias>/...}. */
	public PlotScript.Locator locator() {
		return (row, item, node, array) -> {
			NodeResult result = item.good(node.id());
			if (result == null || !selection.writes(node, array)) {
				return null;
			}
			String folder = item.alias() + "/";
			List<ArrayDefinition> columns = tableColumns(node, result);
			if (columns.contains(array)) {
				return PlotScript.columns(folder + node.id() + ".txt", columns.indexOf(array));
			}
			String ownFile = folder + node.id() + "." + array.name() + ".txt";
			if (array.role() == ArrayRole.IMAGE_2D && result.image(array.name()).isPresent()) {
				var image = result.image(array.name()).get();
				return PlotScript.table(ownFile, List.of(image.rows(), image.columns()));
			}
			if (array.role() == ArrayRole.STACK_3D && result.stack(array.name()).isPresent()) {
				var stack = result.stack(array.name()).get();
				return PlotScript.table(ownFile, List.of(stack.depth(), stack.rows(), stack.columns()));
			}
			double[] x = node.abscissa().map(a -> result.arrays().get(a.name())).orElse(null);
			double[] values = result.arrays().get(array.name());
			if (array.role().isCurve() && values != null && (x == null || x.length != values.length)) {
				return PlotScript.columns(ownFile, hasOwnAxis(array, result) ? 1 : 0);
			}
			// the axis of a curve on its own x: the first column of that curve's file
			for (ArrayDefinition curve : node.arrays()) {
				double[] curveValues = result.arrays().get(curve.name());
				if (curve.role().isCurve() && selection.writes(node, curve) && curveValues != null
						&& (x == null || x.length != curveValues.length) && hasOwnAxis(curve, result)
						&& curve.axes().get(0).equals(array.name())) {
					return PlotScript.columns(folder + node.id() + "." + curve.name() + ".txt", 0);
				}
			}
			return null;
		};
	}
}
