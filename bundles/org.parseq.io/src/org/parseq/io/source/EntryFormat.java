package org.parseq.io.source;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.io.format.DataFormat;

/**
 * A checked format for one entry node: the node and the arrays to read, in the node's order.
 *
 * @param node   the node the data enter
 * @param format how to read its arrays
 * @param text   the definition as written; part of a source's identity
 */
public record EntryFormat(NodeDefinition node, DataFormat format, String text) {
}
