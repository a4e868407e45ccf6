package org.parseq.io.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link LiveLoader} watches and which scans it passes on.
 *
 * @param location     a folder (its new files are scans) or an HDF5 file (its new top-level groups are)
 * @param patterns     glob patterns of the file names taken in a folder ({@code *.dat}); empty: all
 *                     files but hidden ones
 * @param everyNth     of the new scans, in the order they appear, only the n-th, 2n-th, … are taken
 * @param minXSpan     a scan whose x array spans less (max − min) is dropped; 0 takes all
 * @param pollInterval how often the location is listed again (also when no file-system event came)
 * @param settle       how long a file must stay unchanged before it is read, unless a later scan
 *                     already exists (the writer has moved on)
 * @param giveUp       how long a scan that stays unreadable is retried before it is reported and
 *                     skipped, so that one broken file never blocks the ones after it
 */
public record LiveLoadSettings(Path location, List<String> patterns, int everyNth, double minXSpan,
        Duration pollInterval, Duration settle, Duration giveUp) {

    /** The original's poll of 3 s. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(3);
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_GIVE_UP = Duration.ofSeconds(60);

    public LiveLoadSettings {
        Objects.requireNonNull(location, "location");
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        if (everyNth < 1) {
            throw new IllegalArgumentException("every n-th scan: n must be 1 or more, not " + everyNth);
        }
        if (!(minXSpan >= 0)) {
            throw new IllegalArgumentException("minimum x span must be 0 or more, not " + minXSpan);
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(giveUp, "giveUp");
    }

    /** Every new scan of a location, with the default timing. */
    public static LiveLoadSettings of(Path location) {
        return new LiveLoadSettings(location, List.of(), 1, 0, DEFAULT_POLL, DEFAULT_SETTLE, DEFAULT_GIVE_UP);
    }

    public LiveLoadSettings withPatterns(List<String> globs) {
        return new LiveLoadSettings(location, globs, everyNth, minXSpan, pollInterval, settle, giveUp);
    }

    public LiveLoadSettings withEveryNth(int n) {
        return new LiveLoadSettings(location, patterns, n, minXSpan, pollInterval, settle, giveUp);
    }

    public LiveLoadSettings withMinXSpan(double span) {
        return new LiveLoadSettings(location, patterns, everyNth, span, pollInterval, settle, giveUp);
    }

    public LiveLoadSettings withTiming(Duration poll, Duration settleTime, Duration giveUpAfter) {
        return new LiveLoadSettings(location, patterns, everyNth, minXSpan, poll, settleTime, giveUpAfter);
    }
}
