package org.parseq.io.tree;

/** What a tree entry is; containers (HDF5 and SPEC files) behave as folders. */
public enum EntryKind {
	FOLDER, TEXT_FILE, HDF5_FILE, SPEC_FILE, HDF5_GROUP, HDF5_DATASET, SPEC_SCAN,
	/** An HDF5 link whose target is missing. */
	BROKEN_LINK,
	/** Something that exists but cannot be read (damaged container, unlistable folder). */
	UNREADABLE;

	public boolean isContainerOrFolder() {
		return this == FOLDER || this == HDF5_FILE || this == SPEC_FILE || this == HDF5_GROUP;
	}
}
