package org.parseq.model.session;

import java.nio.file.Path;

/** A project file that cannot be read or written: the message names the file and the place. */
public class ProjectFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectFileException(Path file, String where, String what) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + what);
    }

    public ProjectFileException(Path file, String what, Throwable cause) {
        super(file + ": " + what, cause);
    }
}
