package org.parseq.io.write;

import static org.parseq.io.write.NexusLayout.NX_CLASS;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/**
 * A NeXus HDF5 file of items (docs/batch.md, "NeXus output", names in {@link NexusLayout}): per
 * item an {@code NXentry} with an {@code NXdata} per node it reached (signal, axes and auxiliary
 * signals, each array with its units and label), an {@code NXprocess} for reading its data (file,
 * entry, data format, entry node) and one per transform it went through (program, version, date,
 * sequence index and the parameter values as {@code NXparameters}), so that the file records how
 * every array was made and {@code parseq batch --project FILE.nxs} makes them again. The values
 * found (E0, edge step, ...) are in the entry's {@code found} NXcollection. Written with jHDF
 * under a temporary name and renamed when complete.
 */
public final class NexusWriter {

	private final PipelineDefinition pipeline;
	private final ExportSelection selection;
	private final String date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();

	public NexusWriter(PipelineDefinition pipeline, ExportSelection selection) {
		this.pipeline = pipeline;
		this.selection = selection;
	}

	/** @throws java.nio.file.FileAlreadyExistsException when the target exists and {@code overwrite} is false */
	public void write(Path target, List<ExportItem> items, boolean overwrite) throws IOException {
		AtomicFiles.writeFile(target, overwrite, temporary -> {
			try (WritableHdfFile file = HdfFile.write(temporary)) {
				file.putAttribute(NX_CLASS, "NXroot");
				file.putAttribute("creator", XdiWriter.APPLICATION);
				file.putAttribute("file_name", target.getFileName().toString());
				file.putAttribute("file_time", date);
				file.putAttribute(NexusLayout.PIPELINE, pipeline.id());
				if (!items.isEmpty()) {
					file.putAttribute("default", NexusLayout.entryName(0));
				}
				for (int i = 0; i < items.size(); i++) {
					writeEntry(file.putGroup(NexusLayout.entryName(i)), items.get(i));
				}
			} catch (RuntimeException e) {
				throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
			}
		});
	}

	/** Where the plotting script finds an array: {@code /entry<row+1>/<node>/<array>} when the item has it. */
	public PlotScript.Locator locator(String fileName) {
		return (row, item, node, array) -> {
			NodeResult result = item.good(node.id());
			return result != null && selection.writes(node, array) && ArrayShapes.data(array, result) != null
					? PlotScript.hdf5(fileName, "/" + NexusLayout.entryName(row) + "/" + node.id() + "/" + array.name(),
							null)
					: null;
		};
	}

	private void writeEntry(WritableGroup entry, ExportItem item) {
		entry.putAttribute(NX_CLASS, "NXentry");
		entry.putAttribute(NexusLayout.PIPELINE, pipeline.id());
		entry.putDataset("title", item.alias());
		WritableDataset program = entry.putDataset("program_name", "ParSeq");
		program.putAttribute("version", version());
		entry.putDataset("start_time", date);
		String shown = null;
		for (NodeDefinition node : pipeline.topologicalNodes()) {
			NodeResult result = item.good(node.id());
			if (result != null && selection.writes(node) && writeNode(entry, node, result)) {
				shown = node.id();
			}
		}
		if (shown != null) {
			entry.putAttribute("default", shown);
		}
		writeLoad(entry.putGroup(NexusLayout.LOAD_PROCESS), item);
		int sequence = 1;
		for (TransformDefinition transform : transformsInOrder()) {
			if (applied(transform, item)) {
				writeProcess(entry.putGroup(NexusLayout.processName(sequence, transform.id())), transform, item,
						sequence);
				sequence++;
			}
		}
		WritableGroup found = entry.putGroup("found");
		found.putAttribute(NX_CLASS, "NXcollection");
		new TreeMap<>(item.scalars()).forEach((name, value) -> found.putDataset(NexusLayout.datasetName(name), value));
	}

	/**
	 * The node's chosen arrays as an NXdata: each chosen array the result has, as {@code <node id>/<array>};
	 * false (and nothing written) when none of them is there.
	 */
	private boolean writeNode(WritableGroup entry, NodeDefinition node, NodeResult result) {
		List<ArrayDefinition> chosen = new ArrayList<>();
		for (ArrayDefinition array : node.arrays()) {
			if (selection.writes(node, array) && ArrayShapes.data(array, result) != null) {
				chosen.add(array);
			}
		}
		ArrayDefinition x = node.abscissa().filter(chosen::contains).orElse(null);
		double[] xValues = x == null ? null : result.arrays().get(x.name());
		List<ArrayDefinition> curves = chosen.stream().filter(a -> a.role().isCurve() && xValues != null
				&& result.arrays().get(a.name()).length == xValues.length).toList();
		List<ArrayDefinition> images = chosen.stream()
				.filter(a -> a.role() == ArrayRole.IMAGE_2D || a.role() == ArrayRole.STACK_3D).toList();
		if (chosen.isEmpty()) {
			return false;
		}
		WritableGroup data = entry.putGroup(node.id());
		data.putAttribute(NX_CLASS, "NXdata");
		data.putAttribute("title", node.name());
		for (ArrayDefinition array : chosen) {
			WritableDataset dataset = data.putDataset(array.name(), ArrayShapes.data(array, result));
			dataset.putAttribute("long_name", array.label());
			if (!array.unit().isEmpty()) {
				dataset.putAttribute("units", array.unit());
			}
			if (array.role() == ArrayRole.IMAGE_2D || array.role() == ArrayRole.STACK_3D) {
				dataset.putAttribute("interpretation", array.role() == ArrayRole.IMAGE_2D ? "image" : "image-stack");
				dataset.putAttribute("axes", axes(array, result));
			} else if (array.role().isCurve() && !curves.contains(array) && !array.axes().isEmpty()) {
				dataset.putAttribute("axes", array.axes().get(0)); // a curve on its own x
			}
		}
		if (!curves.isEmpty()) {
			data.putAttribute("signal", curves.get(0).name());
			data.putAttribute("axes", new String[] {x.name()});
			if (curves.size() > 1) {
				data.putAttribute("auxiliary_signals",
						curves.subList(1, curves.size()).stream().map(ArrayDefinition::name).toArray(String[]::new));
			}
		} else if (!images.isEmpty()) {
			data.putAttribute("signal", images.get(0).name());
			data.putAttribute("axes", axes(images.get(0), result));
		} else {
			data.putAttribute("signal", chosen.get(0).name());
		}
		return true;
	}

	/** An image's axes as NeXus names them: the node's array along each, "." for an index (pixels). */
	private static String[] axes(ArrayDefinition image, NodeResult result) {
		String[] axes = new String[image.rank()];
		for (int i = 0; i < axes.length; i++) {
			String name = i < image.axes().size() ? image.axes().get(i) : "";
			axes[i] = name.isEmpty() || !result.arrays().containsKey(name) ? "." : name;
		}
		return axes;
	}

	private void writeLoad(WritableGroup process, ExportItem item) {
		process.putAttribute(NX_CLASS, "NXprocess");
		processHeader(process, 0);
		process.putDataset("description", "read the data file with the data format into the entry node");
		process.putDataset(NexusLayout.RAW_FILE, item.file() == null ? "" : item.file());
		process.putDataset(NexusLayout.RAW_ENTRY, item.entry() == null ? "" : item.entry());
		process.putDataset(NexusLayout.DATA_FORMAT, item.format() == null ? "" : item.format());
		process.putDataset(NexusLayout.ENTRY_NODE, item.entryNode() == null ? "" : item.entryNode());
	}

	private void writeProcess(WritableGroup process, TransformDefinition transform, ExportItem item, int sequence) {
		process.putAttribute(NX_CLASS, "NXprocess");
		processHeader(process, sequence);
		process.putDataset("description", transform.name() + ": " + nodeName(transform.fromNode()) + " \u2192 "
				+ nodeName(transform.toNode()));
		WritableGroup parameters = process.putGroup(NexusLayout.PARAMETERS);
		parameters.putAttribute(NX_CLASS, "NXparameters");
		for (ParameterDescriptor descriptor : transform.parameters()) {
			Object value = item.parameters().getOrDefault(descriptor.name(), descriptor.defaultValue());
			WritableDataset dataset = parameters.putDataset(NexusLayout.datasetName(descriptor.name()),
					parameterData(value));
			dataset.putAttribute(NexusLayout.PARAMETER_NAME, descriptor.name());
			if (value instanceof List<?> list && list.isEmpty()) {
				dataset.putAttribute(NexusLayout.EMPTY_LIST, "true");
			}
			if (!descriptor.unit().isEmpty()) {
				dataset.putAttribute("units", descriptor.unit());
			}
		}
	}

	private void processHeader(WritableGroup process, int sequence) {
		process.putDataset("program", "ParSeq");
		process.putDataset("version", version());
		process.putDataset("date", date);
		process.putDataset("sequence_index", sequence);
	}

	/** Numbers as numbers (read back to the same values), lists of numbers as arrays, the rest as text. */
	private static Object parameterData(Object value) {
		if (value instanceof Double || value instanceof Integer) {
			return value;
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "" : list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
		}
		return value == null ? "" : value.toString();
	}

	/** Transforms in the order they run: by the topological position of the node they make. */
	private List<TransformDefinition> transformsInOrder() {
		List<String> order = pipeline.topologicalNodes().stream().map(NodeDefinition::id).toList();
		return pipeline.transforms().stream().sorted(Comparator.comparingInt(t -> order.indexOf(t.toNode()))).toList();
	}

	private static boolean applied(TransformDefinition transform, ExportItem item) {
		Map<String, NodeResult> results = item.results();
		NodeResult from = results.get(transform.fromNode());
		NodeResult to = results.get(transform.toNode());
		return from != null && to != null && from.key() != null && to.key() != null;
	}

	private String nodeName(String nodeId) {
		return pipeline.node(nodeId).map(NodeDefinition::name).orElse(nodeId);
	}

	static String version() {
		return XdiWriter.APPLICATION.substring(XdiWriter.APPLICATION.indexOf('/') + 1);
	}
}
