package org.parseq.io.hdf5;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.Slice;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * An open HDF5 file seen as a folder: {@link #root()} and its descendants load lazily, links are
 * resolved relative to the linking file, and datasets are read whole (up to a limit) or by slice.
 * <p>
 * Holds the master file and every external file reached through links; all are closed by
 * {@link #close()}. Safe to use from several threads (jHDF reads through one handle are).
 * Note that jHDF ignores fill values (unwritten chunks read as 0) and does not verify Fletcher32
 * checksums; set the logger {@code io.jhdf} to WARN, it logs every group expansion at INFO.
 */
public final class Hdf5Container implements AutoCloseable {
	/** Whole-dataset reads beyond this many elements are refused: read slices instead. */
	public static final long MAX_WHOLE_READ_ELEMENTS = 64L * 1024 * 1024;

	private final Path path;
	private final HdfFile file;
	private final LinkResolver links = new LinkResolver(this);
	private final Map<Path, HdfFile> externalFiles = new LinkedHashMap<>();
	private final Hdf5Node root;

	private Hdf5Container(Path path, HdfFile file) {
		this.path = path;
		this.file = file;
		this.root = Hdf5Node.forResolved(this, "/", "", file, null);
	}

	public static Hdf5Container open(Path path) throws DataFormatException {
		if (!Files.isRegularFile(path)) {
			throw new DataFormatException(path.toString(), "", "no such file; expected an HDF5 file");
		}
		try {
			return new Hdf5Container(path, new HdfFile(path));
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new DataFormatException(path.toString(), "", "cannot open as HDF5: " + LinkResolver.describe(e), e);
		}
	}

	public Path path() {
		return path;
	}

	public Hdf5Node root() {
		return root;
	}

	/** The node at an absolute path, following links on the way; empty when any step is missing. */
	public Hdf5Node find(String absolutePath) {
		Hdf5Node current = root;
		for (String name : absolutePath.split("/")) {
			if (name.isEmpty() || name.equals(".")) {
				continue;
			}
			current = current.child(name);
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	/** The node at an absolute path, or an error naming the first step that failed. */
	public Hdf5Node require(String absolutePath) throws DataFormatException {
		Hdf5Node node = find(absolutePath);
		if (node == null) {
			throw new DataFormatException(path.toString(), "dataset " + absolutePath, "no such object in the file");
		}
		if (node.state() == NodeState.BROKEN_LINK || node.state() == NodeState.UNREADABLE) {
			throw new DataFormatException(path.toString(), "dataset " + absolutePath,
					node.state() == NodeState.BROKEN_LINK ? "broken link: " + node.problem() : node.problem());
		}
		return node;
	}

	/** All values of a dataset, flattened, as doubles. */
	public double[] readDoubles(String absolutePath) throws DataFormatException {
		Hdf5Node node = require(absolutePath);
		Dataset dataset = datasetOf(node);
		String location = "dataset " + absolutePath;
		try {
			if (dataset.getSize() > MAX_WHOLE_READ_ELEMENTS) {
				throw new DataFormatException(path.toString(), location, dataset.getSize()
						+ " elements are too many for a whole read; expected a slice of at most " + MAX_WHOLE_READ_ELEMENTS);
			}
			return numeric(location, dataset.isScalar() ? dataset.getData() : dataset.getDataFlat());
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new DataFormatException(path.toString(), location, "cannot read: " + LinkResolver.describe(e), e);
		}
	}

	/** A hyperslab {@code offset .. offset+shape} of a dataset, flattened in C order, without reading it whole. */
	public double[] readSlice(String absolutePath, long[] offset, int[] shape) throws DataFormatException {
		Hdf5Node node = require(absolutePath);
		Dataset dataset = datasetOf(node);
		String location = "dataset " + absolutePath;
		try {
			checkSlice(location, dataset.getDimensionsAsLong(), offset, shape);
			return numeric(location, dataset.getData(offset.clone(), shape.clone()));
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new DataFormatException(path.toString(), location, "cannot read the slice: " + LinkResolver.describe(e), e);
		}
	}

	/**
	 * Values of a dataset selected by a numpy-like slice, read without reading the whole dataset
	 * (only the chunks the selection touches are read).
	 *
	 * @param slice null reads the whole dataset
	 * @return the values in C order and the shape of the result (index axes dropped)
	 */
	public SliceData readSlice(String absolutePath, Slice slice) throws DataFormatException {
		if (slice == null) {
			Hdf5Node node = require(absolutePath);
			long[] dimensions = datasetOf(node).getDimensionsAsLong();
			int[] shape = new int[dimensions.length];
			for (int i = 0; i < shape.length; i++) {
				shape[i] = (int) Math.min(Integer.MAX_VALUE, dimensions[i]);
			}
			return new SliceData(shape, readDoubles(absolutePath));
		}
		Hdf5Node node = require(absolutePath);
		Dataset dataset = datasetOf(node);
		String location = "dataset " + absolutePath;
		Slice.Selection selection = selection(dataset, slice, location);
		try {
			double[] values = numeric(location, dataset.getData(selection.offset().clone(), selection.count().clone()));
			return new SliceData(selection.resultShape(), values);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new DataFormatException(path.toString(), location + ", slice \"" + slice.text() + "\"",
					"cannot read the slice: " + LinkResolver.describe(e), e);
		}
	}

	/** Values read by {@link #readSlice(String, Slice)}: flattened in C order, with their shape. */
	public record SliceData(int[] shape, double[] values) {
	}

	/**
	 * The shape that {@link #readSlice(String, Slice)} would give, found from the file's metadata
	 * only: the object exists, is a numeric dataset, the slice fits and the size is readable.
	 *
	 * @param slice null for the whole dataset
	 * @throws DataFormatException the same kind of reason a read would give
	 */
	public int[] resultShape(String absolutePath, Slice slice) throws DataFormatException {
		Hdf5Node node = require(absolutePath);
		Dataset dataset = datasetOf(node);
		String location = "dataset " + absolutePath;
		try {
			if (dataset.isEmpty()) {
				throw new DataFormatException(path.toString(), location, "holds no written data");
			}
			Class<?> type = dataset.getJavaType();
			if (!DatasetValues.isNumericType(type)) {
				throw new DataFormatException(path.toString(), location,
						"holds " + type.getSimpleName() + " values; expected numbers");
			}
		} catch (RuntimeException | StackOverflowError e) {
			throw new DataFormatException(path.toString(), location, "cannot read: " + LinkResolver.describe(e), e);
		}
		if (slice != null) {
			return selection(dataset, slice, location).resultShape();
		}
		long[] dimensions;
		try {
			dimensions = dataset.getDimensionsAsLong();
		} catch (RuntimeException e) {
			throw new DataFormatException(path.toString(), location, "cannot read: " + LinkResolver.describe(e), e);
		}
		long size = 1;
		int[] shape = new int[dimensions.length];
		for (int i = 0; i < dimensions.length; i++) {
			size *= dimensions[i];
			shape[i] = (int) Math.min(Integer.MAX_VALUE, dimensions[i]);
		}
		if (size > MAX_WHOLE_READ_ELEMENTS) {
			throw new DataFormatException(path.toString(), location, size
					+ " elements are too many for a whole read; expected a slice of at most " + MAX_WHOLE_READ_ELEMENTS);
		}
		return shape;
	}

	/** Datasets with more elements than this are not turned into text by {@link #valueText}. */
	public static final int MAX_TEXT_ELEMENTS = 1000;

	/**
	 * The value of a small dataset as text, as the original shows metadata ("path: value"):
	 * strings as they are, numbers in Java notation, arrays in brackets.
	 */
	public String valueText(String absolutePath) throws DataFormatException {
		Hdf5Node node = require(absolutePath);
		Dataset dataset = datasetOf(node);
		String location = "dataset " + absolutePath;
		try {
			if (dataset.getSize() > MAX_TEXT_ELEMENTS) {
				throw new DataFormatException(path.toString(), location, dataset.getSize()
						+ " elements are too many to show as text; expected at most " + MAX_TEXT_ELEMENTS);
			}
			Object data = dataset.getData();
			if (data == null) {
				throw new DataFormatException(path.toString(), location, "holds no written data");
			}
			return text(data);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new DataFormatException(path.toString(), location, "cannot read: " + LinkResolver.describe(e), e);
		}
	}

	static String text(Object data) {
		if (data == null || !data.getClass().isArray()) {
			return String.valueOf(data);
		}
		StringBuilder text = new StringBuilder("[");
		int length = java.lang.reflect.Array.getLength(data);
		for (int i = 0; i < length; i++) {
			text.append(i == 0 ? "" : ", ").append(text(java.lang.reflect.Array.get(data, i)));
		}
		return text.append(']').toString();
	}

	private Slice.Selection selection(Dataset dataset, Slice slice, String location) throws DataFormatException {
		long[] dimensions;
		try {
			dimensions = dataset.isScalar() ? new long[0] : dataset.getDimensionsAsLong();
		} catch (RuntimeException e) {
			throw new DataFormatException(path.toString(), location, "cannot read: " + LinkResolver.describe(e), e);
		}
		Slice.Selection selection = slice.select(dimensions, path.toString(), location);
		if (selection.size() > MAX_WHOLE_READ_ELEMENTS) {
			throw new DataFormatException(path.toString(), location + ", slice \"" + slice.text() + "\"",
					"selects " + selection.size() + " elements; at most " + MAX_WHOLE_READ_ELEMENTS + " are read at once");
		}
		return selection;
	}

	private void checkSlice(String location, long[] dimensions, long[] offset, int[] shape) throws DataFormatException {
		if (offset.length != dimensions.length || shape.length != dimensions.length) {
			throw new DataFormatException(path.toString(), location, "expected a slice of rank " + dimensions.length
					+ " but got offset rank " + offset.length + " and shape rank " + shape.length);
		}
		for (int i = 0; i < dimensions.length; i++) {
			if (offset[i] < 0 || shape[i] < 0 || offset[i] + shape[i] > dimensions[i]) {
				throw new DataFormatException(path.toString(), location, "slice axis " + i + " [" + offset[i] + ", "
						+ (offset[i] + shape[i]) + ") is outside 0.." + dimensions[i]);
			}
		}
	}

	private Dataset datasetOf(Hdf5Node node) throws DataFormatException {
		if (!(node.jhdfNode() instanceof Dataset dataset)) {
			throw new DataFormatException(path.toString(), node.path(), "is a " + node.state() + "; expected a dataset");
		}
		return dataset;
	}

	private double[] numeric(String location, Object data) throws DataFormatException {
		if (data == null) {
			throw new DataFormatException(path.toString(), location, "holds no written data");
		}
		double[] values = DatasetValues.toDoubles(data);
		if (values == null) {
			throw new DataFormatException(path.toString(), location,
					"holds " + data.getClass().getSimpleName() + " values; expected numbers");
		}
		return values;
	}

	LinkResolver links() {
		return links;
	}

	/** Opens (once) a file reached through an external link; it stays open until {@link #close()}. */
	synchronized HdfFile externalFile(Path target) throws DataFormatException {
		Path key = target.toAbsolutePath().normalize();
		if (key.equals(path.toAbsolutePath().normalize())) {
			return file;
		}
		HdfFile open = externalFiles.get(key);
		if (open == null) {
			try {
				open = new HdfFile(key);
			} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
				throw new DataFormatException(key.toString(), "", "cannot open as HDF5: " + LinkResolver.describe(e), e);
			}
			externalFiles.put(key, open);
		}
		return open;
	}

	/** Children of a jHDF group, sorted naturally (jHDF does not keep creation order). */
	static List<Map.Entry<String, Node>> sortedChildren(Group group) {
		List<Map.Entry<String, Node>> children = new ArrayList<>(group.getChildren().entrySet());
		children.sort(Map.Entry.comparingByKey(NaturalOrder.INSTANCE));
		return children;
	}

	@Override
	public synchronized void close() {
		for (HdfFile external : externalFiles.values()) {
			closeQuietly(external);
		}
		externalFiles.clear();
		closeQuietly(file);
	}

	private static void closeQuietly(HdfFile hdf) {
		try {
			hdf.close();
		} catch (RuntimeException e) {
			// closing a damaged file must not hide the result the caller already has
		}
	}

	@Override
	public String toString() {
		return "Hdf5Container[" + path + "]";
	}
}
