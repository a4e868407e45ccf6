package org.parseq.core.pipeline;

/**
 * One value a user gives to start a fit of a kind (the references of an LCF, a formula, FEFF
 * path files, ...): the fit panel shows a labelled text field per start field, with a file
 * chooser where {@code files} is set, and hands the texts to {@link FitKind#startSettings}.
 *
 * @param key   the name under which the text is handed over
 * @param label what the panel writes beside the field
 * @param hint  a tool tip saying what to type, with an example
 * @param files true when the text is file paths separated by {@link #FILE_SEPARATOR}
 */
public record FitStartField(String key, String label, String hint, boolean files) {

    /** Separates the paths of a files field (a character no file name of the platforms here holds). */
    public static final String FILE_SEPARATOR = ";";
}
