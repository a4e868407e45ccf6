package org.parseq.io.write;

import static org.parseq.io.write.NexusLayout.NX_CLASS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads back from a NeXus file of ours ({@link NexusWriter}) how each item was made: its data
 * file, entry, data format, entry node and the parameter values of every transform, so that the
 * items can be computed again.
 *
 * @param pipeline the pipeline id the items ran through
 * @param items    in the file's order ({@code entry1}, {@code entry2}, ...)
 */
public record NexusProvenance(String pipeline, List<Item> items) {

	/**
	 * How one item was made.
	 *
	 * @param entryName  its NXentry, e.g. {@code entry1}
	 * @param parameters by parameter name: Double, Integer, String or List of Double, as written
	 */
	public record Item(String entryName, String alias, String file, String entry, String format, String entryNode,
			Map<String, Object> parameters) {
	}

	/** Whether the file is one of our NeXus files (has the pipeline attribute on its root). */
	public static boolean isOurs(Path file) {
		try (HdfFile hdf = new HdfFile(file)) {
			return hdf.getAttribute(NexusLayout.PIPELINE) != null;
		} catch (RuntimeException e) { // jHDF reports a file that is not HDF5 by its own unchecked exceptions
			return false;
		}
	}

	/** @throws DataFormatException naming the file and the group or dataset that is missing or wrong */
	public static NexusProvenance read(Path file) throws DataFormatException {
		try (HdfFile hdf = new HdfFile(file)) {
			Attribute pipeline = hdf.getAttribute(NexusLayout.PIPELINE);
			if (pipeline == null) {
				throw new DataFormatException(file.toString(), "/", "not a NeXus file written by ParSeq (no attribute "
						+ NexusLayout.PIPELINE + " on its root)");
			}
			List<Item> items = new ArrayList<>();
			for (Node node : hdf.getChildren().values()) {
				if (node instanceof Group group && "NXentry".equals(attribute(group, NX_CLASS))) {
					items.add(item(file, group));
				}
			}
			items.sort((a, b) -> Integer.compare(number(a.entryName()), number(b.entryName())));
			return new NexusProvenance(String.valueOf(pipeline.getData()), List.copyOf(items));
		} catch (RuntimeException e) {
			throw new DataFormatException(file.toString(), "", "cannot read as HDF5: " + e.getMessage(), e);
		}
	}

	private static Item item(Path file, Group entry) throws DataFormatException {
		if (!(entry.getChild(NexusLayout.LOAD_PROCESS) instanceof Group load)) {
			throw new DataFormatException(file.toString(), entry.getPath(), "no NXprocess " + NexusLayout.LOAD_PROCESS
					+ " saying where the data came from");
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (Node node : entry.getChildren().values()) {
			if (node instanceof Group process && "NXprocess".equals(attribute(process, NX_CLASS))
					&& process.getChild(NexusLayout.PARAMETERS) instanceof Group values) {
				for (Node value : values.getChildren().values()) {
					if (value instanceof Dataset dataset) {
						String name = attribute(dataset, NexusLayout.PARAMETER_NAME);
						parameters.put(name == null ? dataset.getName() : name, parameterValue(dataset));
					}
				}
			}
		}
		return new Item(entry.getName(), text(file, entry, "title"), emptyAsNull(text(file, load, NexusLayout.RAW_FILE)),
				emptyAsNull(text(file, load, NexusLayout.RAW_ENTRY)), emptyAsNull(text(file, load, NexusLayout.DATA_FORMAT)),
				emptyAsNull(text(file, load, NexusLayout.ENTRY_NODE)), parameters);
	}

	private static Object parameterValue(Dataset dataset) {
		Object data = dataset.getData();
		if (attribute(dataset, NexusLayout.EMPTY_LIST) != null) {
			return List.of();
		}
		if (data instanceof double[] values) {
			List<Double> list = new ArrayList<>(values.length);
			for (double value : values) {
				list.add(value);
			}
			return List.copyOf(list);
		}
		return data;
	}

	private static String text(Path file, Group group, String name) throws DataFormatException {
		if (group.getChild(name) instanceof Dataset dataset && dataset.getData() instanceof String text) {
			return text;
		}
		throw new DataFormatException(file.toString(), group.getPath() + name, "missing, or not text");
	}

	private static String attribute(Node node, String name) {
		Attribute attribute = node.getAttribute(name);
		return attribute == null ? null : String.valueOf(attribute.getData());
	}

	private static String emptyAsNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static int number(String entryName) {
		try {
			return Integer.parseInt(entryName.substring(NexusLayout.ENTRY_PREFIX.length()));
		} catch (NumberFormatException | IndexOutOfBoundsException e) {
			return Integer.MAX_VALUE;
		}
	}
}
