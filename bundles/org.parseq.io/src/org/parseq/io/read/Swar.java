package org.parseq.io.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SIMD-within-a-register tests on eight bytes read as one little-endian long, so that scanners
 * can skip eight uninteresting bytes at once. Each test sets the high bit of every flagged byte;
 * the lowest flagged byte is always exact (a borrow only moves upwards, past a true hit), the
 * ones above it may be false, so callers only use {@link #firstFlagged} and then look at that
 * byte alone.
 */
final class Swar {
	/** Reads eight bytes of a byte[] at any offset as a little-endian long (immutable handle). */
	static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;
	private static final long HIGHS = 0x8080808080808080L;

	private Swar() {
	}

	/** Flags bytes below {@code limit} (1 to 128) and bytes above 127. */
	static long belowOrNonAscii(long word, int limit) {
		return ((word - limit * ONES) & ~word | word) & HIGHS;
	}

	/** A word with every byte {@code b}, for {@link #equalTo}. */
	static long broadcast(byte b) {
		return (b & 0xFFL) * ONES;
	}

	/** Flags the bytes equal to the byte of {@code pattern}. */
	static long equalTo(long word, long pattern) {
		long x = word ^ pattern;
		return (x - ONES) & ~x & HIGHS;
	}

	/** The index (0 to 7) of the lowest flagged byte of nonzero {@code flags}. */
	static int firstFlagged(long flags) {
		return Long.numberOfTrailingZeros(flags) >>> 3;
	}

	/**
	 * The offset of the first byte {@code target} in bytes {@code from} to {@code to}, or -1.
	 * Words may be read past {@code to} (never past the array): a hit there means none before.
	 */
	static int indexOf(byte[] bytes, int from, int to, byte target) {
		long pattern = broadcast(target);
		int lastWord = bytes.length - Long.BYTES;
		int i = from;
		while (i < to) {
			if (i <= lastWord) {
				long flags = equalTo((long) LONGS.get(bytes, i), pattern);
				if (flags != 0) {
					int at = i + firstFlagged(flags);
					return at < to ? at : -1;
				}
				i += Long.BYTES;
			} else {
				if (bytes[i] == target) {
					return i;
				}
				i++;
			}
		}
		return -1;
	}

	/** Flags the bytes that are not characters {@code 0-9 . + - e E} of a plain number; exact
	 * for every byte below the first one above 127 (all arithmetic stays within bytes). */
	static long nonNumber(long word) {
		long y = word | 0x20 * ONES; // E becomes e; no other byte above space lands on a number character
		long inRange = (y + (0x80 - '+') * ONES) & ~(y + (0x7F - '9') * ONES) & HIGHS; // + to 9
		long number = inRange & ~equalExact(y, ',') & ~equalExact(y, '/') | equalExact(y, 'e');
		return ~number & HIGHS;
	}

	/** Flags the bytes equal to {@code c}; exact for every byte below the first one above 127. */
	private static long equalExact(long word, char c) {
		long x = word ^ (c * ONES);
		return ~(x + 0x7F * ONES) & HIGHS;
	}

	/** A mask of the lowest {@code n} bytes (0 to 8). */
	static long lowBytes(int n) {
		return n >= Long.BYTES ? -1L : ~(-1L << (n << 3));
	}
}
