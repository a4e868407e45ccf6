package org.parseq.io.tree;

/** What a tree entry is; containers (HDF5, SPEC files and Athena projects) behave as folders. */
public enum EntryKind {
	FOLDER, TEXT_FILE, HDF5_FILE, SPEC_FILE, HDF5_GROUP, HDF5_DATASET, SPEC_SCAN,
	/** An Athena project (.prj); its children are its groups. */
	ATHENA_PROJECT,
	/** A group of an Athena project: one data set, loaded as an item. */
	ATHENA_GROUP,
	/** An HDF5 link whose target is missing. */
	BROKEN_LINK,
	/** Something that exists but cannot be read (damaged container, unlistable folder). */
	UNREADABLE;

	public boolean isContainerOrFolder() {
		return this == FOLDER || this == HDF5_FILE || this == SPEC_FILE || this == HDF5_GROUP
				|| this == ATHENA_PROJECT;
	}
}
