package org.parseq.io.format;

/**
 * How the header of a column file ends (xas-algorithms.md 1.2; the first applicable rule
 * wins). Comment lines are handled independently by the format's comment prefix.
 */
public sealed interface HeaderRule {
	/** Only comment lines form the header. */
	record CommentsOnly() implements HeaderRule {
	}

	/** The first {@code count} lines are the header. */
	record SkipRows(int count) implements HeaderRule {
		public SkipRows {
			if (count < 0) {
				throw new IllegalArgumentException("rows to skip must be >= 0: " + count);
			}
		}
	}

	/**
	 * The header ends at the last line among the first {@link #SCANNED_LINES} lines that contains
	 * {@code keyword}; if none does, nothing is skipped.
	 */
	record LastLineContaining(String keyword) implements HeaderRule {
		/** The original scans lines 0..256. */
		public static final int SCANNED_LINES = 257;

		public LastLineContaining {
			if (keyword == null || keyword.isEmpty()) {
				throw new IllegalArgumentException("the header keyword must not be empty");
			}
		}
	}
}
