package org.parseq.io.write;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.core.engine.NodeResult;

/**
 * One item as the exports see it: what it is called, where its data came from and how they were
 * read, the parameter values it ran with and what it reached at every node.
 *
 * @param alias      the item's name
 * @param file       the data file, absolute, or null (a combination)
 * @param entry      the entry in the file (HDF5 path, Athena group), or null
 * @param entryNode  the node where its data entered
 * @param format     the data format, as the JSON text the batch and the file browser save, or null
 * @param parameters the values it ran with that differ from the defaults, by parameter name
 * @param results    its result at every node, by node id
 * @param colour     its colour in the plots, {@code #rrggbb}
 */
public record ExportItem(String alias, String file, String entry, String entryNode, String format,
		Map<String, Object> parameters, Map<String, NodeResult> results, String colour) {

	public ExportItem {
		parameters = Map.copyOf(parameters);
		results = new LinkedHashMap<>(results);
	}

	/** Its result at the node when it is good, else null. */
	public NodeResult good(String nodeId) {
		NodeResult result = results.get(nodeId);
		return result != null && result.isGood() ? result : null;
	}

	/** The scalars of the most downstream good node: they include everything found upstream. */
	public Map<String, Double> scalars() {
		Map<String, Double> scalars = Map.of();
		for (NodeResult result : results.values()) {
			if (result.isGood()) {
				scalars = result.scalars();
			}
		}
		return scalars;
	}
}
