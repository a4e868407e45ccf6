package org.parseq.core.fit;

/**
 * A fit that cannot run or did not succeed for a reason the user can act on: a bad tie or
 * formula, a missing reference, no varied parameter, a damaged input. The message names the
 * item, parameter, file or expression at fault.
 */
public class FitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public FitException(String message) {
        super(message);
    }

    public FitException(String message, Throwable cause) {
        super(message, cause);
    }
}
