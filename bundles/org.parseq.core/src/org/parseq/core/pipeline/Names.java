package org.parseq.core.pipeline;

import java.util.regex.Pattern;

/** The rule for ids and names that appear in project files, parameter files and paths. */
final class Names {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private Names() {
    }

    static String requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' is not valid: use ASCII letters, digits, '_', '.' or '-', starting with a letter or '_'");
        }
        return value;
    }
}
