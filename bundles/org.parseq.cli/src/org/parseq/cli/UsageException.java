package org.parseq.cli;

/** Bad arguments or a bad input file of a command: reported as one line, exit status 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
