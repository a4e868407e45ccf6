package org.parseq.ui.session;

/** Event topics of the workbench (IEventBroker); the data is the {@link WorkbenchSession}. */
public final class ParseqEvents {

    private static final String BASE = "org/parseq/ui/";

    /** Results were brought up to date after edits: plots and states redraw. */
    public static final String RESULTS_UPDATED = BASE + "results";
    /** The selected items changed. */
    public static final String SELECTION_CHANGED = BASE + "selection";
    /** The session's project file or its saved state changed. */
    public static final String PROJECT_CHANGED = BASE + "project";
    /**
     * The session was replaced by a new one (File &gt; New Session, or a project of another
     * pipeline): views bind to its data tree and pipeline.
     */
    public static final String SESSION_REPLACED = BASE + "session";

    private ParseqEvents() {
    }
}
