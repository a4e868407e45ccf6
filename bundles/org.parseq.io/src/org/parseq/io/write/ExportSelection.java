package org.parseq.io.write;

import java.util.Set;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * Which nodes and arrays an export writes; all of them when both sets are empty. A node's x goes
 * with any of its arrays, since the numbers mean nothing without it.
 *
 * @param nodeIds    the node ids written, empty for all
 * @param arrayNames the array names written, empty for all
 */
public record ExportSelection(Set<String> nodeIds, Set<String> arrayNames) {

	public static final ExportSelection ALL = new ExportSelection(Set.of(), Set.of());

	public ExportSelection {
		nodeIds = Set.copyOf(nodeIds);
		arrayNames = Set.copyOf(arrayNames);
	}

	public boolean writes(NodeDefinition node) {
		return nodeIds.isEmpty() || nodeIds.contains(node.id());
	}

	/** Whether the array is written at a node that is written; the node's x goes with any of its arrays. */
	public boolean writes(NodeDefinition node, ArrayDefinition array) {
		if (!writes(node)) {
			return false;
		}
		if (arrayNames.isEmpty() || arrayNames.contains(array.name())) {
			return true;
		}
		boolean isX = node.abscissa().map(x -> x.name().equals(array.name())).orElse(false);
		return isX && node.arrays().stream().anyMatch(a -> arrayNames.contains(a.name()));
	}
}
