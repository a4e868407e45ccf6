package org.parseq.io.hdf5;

/** What a node of an HDF5 file turned out to be when it was looked at. */
public enum NodeState {
	GROUP, DATASET,
	/** A soft or external link whose target file or object does not exist. */
	BROKEN_LINK,
	/** The object exists but cannot be read (damaged file, unsupported feature, too many children). */
	UNREADABLE
}
