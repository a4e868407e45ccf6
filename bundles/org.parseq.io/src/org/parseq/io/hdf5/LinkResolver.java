package org.parseq.io.hdf5;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.links.ExternalLink;
import io.jhdf.links.SoftLink;

/**
 * Resolves soft and external links ourselves, because jHDF resolves relative soft links from
 * the root, fails on external links to "/", and does not fall back to the file name beside the
 * linking file when an absolute external path is gone (h5py does).
 */
final class LinkResolver {
	/** Longer chains are treated as cycles, so that resolution always ends. */
	static final int MAX_LINK_DEPTH = 16;

	/** The link's target, or the reason why it is broken. */
	record Resolution(Node target, String targetText, String problem) {
		boolean isBroken() {
			return target == null;
		}
	}

	private final Hdf5Container container;

	LinkResolver(Hdf5Container container) {
		this.container = container;
	}

	/** Follows {@code node} through links; a non-link node resolves to itself. */
	Resolution resolve(Node node, Group parent) {
		Node current = node;
		Group currentParent = parent;
		String firstTarget = null;
		for (int depth = 0; depth < MAX_LINK_DEPTH; depth++) {
			if (!current.isLink()) {
				return new Resolution(current, firstTarget, null);
			}
			Link link = (Link) current;
			String targetText = safeTargetText(link);
			firstTarget = firstTarget == null ? targetText : firstTarget;
			Resolution step = resolveOnce(link, currentParent, targetText);
			if (step.isBroken()) {
				return new Resolution(null, firstTarget, step.problem());
			}
			current = step.target();
			currentParent = safeParent(current);
		}
		return new Resolution(null, firstTarget, "more than " + MAX_LINK_DEPTH + " chained links (a cycle?)");
	}

	private Resolution resolveOnce(Link link, Group parent, String targetText) {
		try {
			if (link instanceof ExternalLink) {
				return resolveExternal(parent, targetText);
			}
			if (link instanceof SoftLink) {
				String path = targetText.startsWith("/") ? targetText : join(parent.getPath(), targetText);
				return found(parent.getHdfFile().getByPath(path), targetText);
			}
			return found(link.getTarget(), targetText);
		} catch (RuntimeException | StackOverflowError e) {
			return new Resolution(null, targetText, "link target " + targetText + " not found: " + describe(e));
		}
	}

	private Resolution resolveExternal(Group parent, String targetText) {
		int colon = fileSeparatorColon(targetText);
		if (colon < 0) {
			return new Resolution(null, targetText, "external link target has no 'file:path' form");
		}
		String fileName = targetText.substring(0, colon);
		String objectPath = targetText.substring(colon + 1);
		Path linkingFile = parent.getFileAsPath();
		Path file = locate(linkingFile, fileName);
		if (file == null) {
			return new Resolution(null, targetText, "external file " + fileName + " not found beside " + linkingFile);
		}
		HdfFile target;
		try {
			target = container.externalFile(file);
		} catch (org.parseq.io.DataFormatException e) {
			return new Resolution(null, targetText, e.getMessage());
		}
		if (objectPath.isEmpty() || objectPath.equals("/")) {
			return new Resolution(target, targetText, null);
		}
		return found(target.getByPath(objectPath), targetText);
	}

	private static Resolution found(Node node, String targetText) {
		return node == null ? new Resolution(null, targetText, "link target " + targetText + " not found")
				: new Resolution(node, targetText, null);
	}

	/** Relative to the linking file; an absolute path that is gone falls back to the same name beside it. */
	static Path locate(Path linkingFile, String fileName) {
		Path folder = linkingFile == null ? null : linkingFile.toAbsolutePath().getParent();
		try {
			Path named = Paths.get(fileName);
			Path direct = named.isAbsolute() || folder == null ? named : folder.resolve(named);
			if (Files.isRegularFile(direct)) {
				return direct.normalize();
			}
		} catch (InvalidPathException e) {
			// a Windows path on Linux and similar: try the bare file name below
		}
		String bareName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		if (folder != null && !bareName.isEmpty()) {
			Path beside = folder.resolve(bareName);
			if (Files.isRegularFile(beside)) {
				return beside.normalize();
			}
		}
		return null;
	}

	/** jHDF writes "file:path"; a drive letter ("C:/...") is not the separator. */
	private static int fileSeparatorColon(String text) {
		int from = text.length() > 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0)) ? 2 : 0;
		return text.indexOf(':', from);
	}

	private static String join(String parentPath, String relative) {
		return parentPath.endsWith("/") ? parentPath + relative : parentPath + "/" + relative;
	}

	private static String safeTargetText(Link link) {
		try {
			return link.getTargetPath();
		} catch (RuntimeException e) {
			return "?";
		}
	}

	private static Group safeParent(Node node) {
		try {
			return node.getParent();
		} catch (RuntimeException e) {
			return null;
		}
	}

	static String describe(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}
}
