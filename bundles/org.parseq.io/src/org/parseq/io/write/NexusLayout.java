package org.parseq.io.write;

/**
 * The names of our NeXus files (docs/batch.md, "NeXus output"), shared by the writer and the
 * reader that re-runs a file: one {@code NXentry} per item, named {@code entry1}, {@code entry2},
 * ...; an {@code NXdata} per node, named by the node id; an {@code NXprocess} for reading the data
 * ({@code process00_load}) and one per transform ({@code process01_<transform id>}, ... in the
 * order they ran) with the values as {@code NXparameters}.
 */
public final class NexusLayout {

	public static final String NX_CLASS = "NX_class";
	public static final String ENTRY_PREFIX = "entry";
	public static final String LOAD_PROCESS = "process00_load";
	public static final String PROCESS_PREFIX = "process";
	public static final String PARAMETERS = "parameters";
	/** In the load process: the data file, the entry in it, the data format (JSON) and the node the data enter. */
	public static final String RAW_FILE = "raw_file";
	public static final String RAW_ENTRY = "raw_entry";
	public static final String DATA_FORMAT = "data_format";
	public static final String ENTRY_NODE = "entry_node";
	/** Attribute of the root and of each entry: the pipeline the items ran through. */
	public static final String PIPELINE = "parseq_pipeline";
	/** Attribute of a parameter dataset: the parameter's name where the dataset's name had to differ. */
	public static final String PARAMETER_NAME = "parameter";
	/** Attribute of a parameter dataset whose list is empty (HDF5 has no empty dataset here): written as "". */
	public static final String EMPTY_LIST = "empty_list";

	private NexusLayout() {
	}

	/** HDF5 names cannot hold '/'; '.' is fine. */
	public static String datasetName(String name) {
		return name.replace('/', '_');
	}

	public static String entryName(int index) {
		return ENTRY_PREFIX + (index + 1);
	}

	public static String processName(int sequence, String transformId) {
		return PROCESS_PREFIX + (sequence < 10 ? "0" : "") + sequence + "_" + datasetName(transformId);
	}
}
