package org.parseq.io.hdf5;

import java.util.Comparator;

/** Orders names (HDF5 children, files in the browser) so that entry9 comes before entry10: digit runs compare by value. */
public final class NaturalOrder implements Comparator<String> {
	public static final NaturalOrder INSTANCE = new NaturalOrder();

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byValue = compareDigits(a.substring(i, endA), b.substring(j, endB));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
			} else {
				if (ca != cb) {
					return Character.compare(ca, cb);
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static int compareDigits(String a, String b) {
		String x = a.replaceFirst("^0+(?=.)", "");
		String y = b.replaceFirst("^0+(?=.)", "");
		return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
	}
}
