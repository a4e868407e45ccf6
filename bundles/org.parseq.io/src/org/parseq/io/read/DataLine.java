package org.parseq.io.read;

/** A data row's text with its 1-based line number in the file, kept for error messages. */
public record DataLine(int lineNumber, String text) {
}
