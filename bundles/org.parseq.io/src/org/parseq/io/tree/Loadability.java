package org.parseq.io.tree;

/** Whether a format can load an entry, and if not, the reader's reason (shown on hover). */
public record Loadability(boolean loadable, String reason) {
	public static Loadability yes() {
		return new Loadability(true, "");
	}

	public static Loadability no(String reason) {
		return new Loadability(false, reason);
	}
}
