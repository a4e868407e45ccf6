package org.parseq.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * A node of an HDF5 file as the browser shows it: its path as seen from the file (through
 * links), its state, and for groups the children, listed once on first request.
 * A broken link or an unreadable object is a state, never an exception.
 */
public final class Hdf5Node {
	private final Hdf5Container container;
	private final String path;
	private final String name;
	private final Node node;
	private final String linkTarget;
	private final NodeState declaredState;
	private final String declaredProblem;
	private volatile Listing listing;

	private record Listing(List<Hdf5Node> children, String problem) {
	}

	private Hdf5Node(Hdf5Container container, String path, String name, Node node, String linkTarget, NodeState state,
			String problem) {
		this.container = container;
		this.path = path;
		this.name = name;
		this.node = node;
		this.linkTarget = linkTarget;
		this.declaredState = state;
		this.declaredProblem = problem;
	}

	static Hdf5Node forResolved(Hdf5Container container, String path, String name, Node node, String linkTarget) {
		NodeState state = node instanceof Group ? NodeState.GROUP
				: node instanceof Dataset ? NodeState.DATASET : NodeState.UNREADABLE;
		String problem = state == NodeState.UNREADABLE ? "unsupported object " + node.getClass().getSimpleName() : null;
		return new Hdf5Node(container, path, name, node, linkTarget, state, problem);
	}

	static Hdf5Node broken(Hdf5Container container, String path, String name, String linkTarget, NodeState state,
			String problem) {
		return new Hdf5Node(container, path, name, null, linkTarget, state, problem);
	}

	public String path() {
		return path;
	}

	public String name() {
		return name;
	}

	/** GROUP or DATASET, BROKEN_LINK, or UNREADABLE (also a group whose listing failed). */
	public NodeState state() {
		Listing known = listing;
		return known != null && known.problem() != null ? NodeState.UNREADABLE : declaredState;
	}

	/** Why the node is broken or unreadable; null when it is fine. */
	public String problem() {
		Listing known = listing;
		return known != null && known.problem() != null ? known.problem() : declaredProblem;
	}

	/** The link target text ("file.h5:/entry/x" or "/path") when this node was reached through a link. */
	public String linkTarget() {
		return linkTarget;
	}

	public boolean isGroup() {
		return declaredState == NodeState.GROUP;
	}

	public boolean isDataset() {
		return declaredState == NodeState.DATASET;
	}

	/**
	 * The node's HDF5 attributes as "name = value" lines in name order (units, NX_class,
	 * long names), for the browser's metadata panel; an attribute that cannot be read says so
	 * on its line rather than hiding the others.
	 */
	public List<String> attributeLines() {
		if (node == null) {
			return List.of();
		}
		Map<String, io.jhdf.api.Attribute> attributes;
		try {
			attributes = node.getAttributes();
		} catch (RuntimeException e) {
			return List.of("(attributes cannot be read: " + LinkResolver.describe(e) + ")");
		}
		List<String> lines = new ArrayList<>();
		new java.util.TreeMap<>(attributes).forEach((key, attribute) -> {
			String value;
			try {
				value = attribute.getSize() > Hdf5Container.MAX_TEXT_ELEMENTS
						? attribute.getSize() + " values"
						: Hdf5Container.text(attribute.getData());
			} catch (RuntimeException e) {
				value = "(cannot be read: " + LinkResolver.describe(e) + ")";
			}
			lines.add(key + " = " + value);
		});
		return lines;
	}

	/** Dataset dimensions (empty for a scalar); null for other nodes or when unreadable. */
	public long[] shape() {
		if (!(node instanceof Dataset dataset)) {
			return null;
		}
		try {
			return dataset.getDimensionsAsLong();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** The dataset's Java element type name ("double", "String", ...), or "" when not a readable dataset. */
	public String dataType() {
		if (!(node instanceof Dataset dataset)) {
			return "";
		}
		try {
			return dataset.getJavaType().getSimpleName();
		} catch (RuntimeException e) {
			return "";
		}
	}

	/** The children of a group in natural name order; empty for other nodes and unreadable groups. */
	public List<Hdf5Node> children() {
		Listing known = listing;
		if (known == null) {
			synchronized (this) {
				if (listing == null) {
					listing = list();
				}
				known = listing;
			}
		}
		return known.children();
	}

	/** The named child, or null. */
	public Hdf5Node child(String childName) {
		for (Hdf5Node child : children()) {
			if (child.name().equals(childName)) {
				return child;
			}
		}
		return null;
	}

	private Listing list() {
		if (!(node instanceof Group group)) {
			return new Listing(List.of(), null);
		}
		List<Map.Entry<String, Node>> entries;
		try {
			entries = Hdf5Container.sortedChildren(group);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			// e.g. jHDF's "Negative size" on new-format groups with more than ~13,500 children
			return new Listing(List.of(), "cannot list the group: " + LinkResolver.describe(e));
		}
		List<Hdf5Node> children = new ArrayList<>(entries.size());
		for (Map.Entry<String, Node> entry : entries) {
			children.add(childNode(group, entry.getKey(), entry.getValue()));
		}
		return new Listing(List.copyOf(children), null);
	}

	private Hdf5Node childNode(Group group, String childName, Node child) {
		String childPath = path.endsWith("/") ? path + childName : path + "/" + childName;
		LinkResolver.Resolution resolution;
		try {
			resolution = container.links().resolve(child, group);
		} catch (RuntimeException | StackOverflowError e) {
			return broken(container, childPath, childName, null, NodeState.UNREADABLE, LinkResolver.describe(e));
		}
		if (resolution.isBroken()) {
			return broken(container, childPath, childName, resolution.targetText(), NodeState.BROKEN_LINK,
					resolution.problem());
		}
		return forResolved(container, childPath, childName, resolution.target(), resolution.targetText());
	}

	/** The jHDF object behind this node (package use: reading). */
	Node jhdfNode() {
		return node;
	}

	public Hdf5Container container() {
		return container;
	}

	@Override
	public String toString() {
		return path + " [" + state() + (linkTarget == null ? "" : " -> " + linkTarget) + "]";
	}
}
