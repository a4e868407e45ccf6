package org.parseq.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * The line {@code parseq batch: 1200 of 10000 items, 85.3 items/s, ETA 1m43s} kept up to date on stderr
 * while a batch runs, when stderr is a terminal; nothing otherwise, so logs and pipes stay clean.
 */
final class ProgressLine {

    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final long startNanos = System.nanoTime();
    private long lastNanos;
    private boolean drawn;

    private ProgressLine(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    /** Never shown. */
    static ProgressLine hidden(PrintWriter err, int total) {
        return new ProgressLine(err, total, false);
    }

    /** Shown when the process has a terminal. */
    static ProgressLine onTerminal(PrintWriter err, int total) {
        return new ProgressLine(err, total, isTerminal());
    }

    /**
     * Since Java 22 {@link System#console()} also returns a console when the streams are redirected,
     * and {@code Console.isTerminal()} tells the two apart; the bundle compiles against Java 21.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Redraws the line, at most four times a second, and always for the last item. */
    void update(int done) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastNanos < MIN_INTERVAL_NANOS) {
            return;
        }
        lastNanos = now;
        err.print("\r" + text(done, total, (now - startNanos) / 1e9) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Ends the line so that the next message starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    /** E.g. {@code parseq batch: 1200 of 10000 items, 85.3 items/s, ETA 1m43s}. */
    static String text(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "parseq batch: %d of %d items, %.1f items/s, ETA %s", done, total, rate,
                eta);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
