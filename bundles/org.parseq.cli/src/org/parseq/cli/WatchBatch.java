package org.parseq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.parseq.io.live.LiveLoadSettings;
import org.parseq.io.live.LiveLoader;
import org.parseq.io.live.LiveScan;
import org.parseq.io.live.ScanReader;

/**
 * {@code --watch DIR}: the files that appear in a folder during a measurement are run as they
 * arrive, each once and in order, when complete (io's {@link LiveLoader}), until the process is
 * stopped or, with an idle time, until no new file has appeared for that long.
 */
final class WatchBatch {

    /** Runs one group of arrived files through the pipeline and writes their results. */
    interface Run {
        void run(List<BatchInput> inputs) throws IOException, UsageException;
    }

    private WatchBatch() {
    }

    /** @return how many files were run */
    static int run(LiveLoadSettings settings, ScanReader reader, Duration idle, Run run, PrintWriter err)
            throws IOException, UsageException {
        BlockingQueue<List<LiveScan>> arrivals = new LinkedBlockingQueue<>();
        AtomicLong lastFound = new AtomicLong(System.nanoTime());
        LiveLoader.Listener listener = new LiveLoader.Listener() {
            @Override
            public void found(LiveScan scan) {
                lastFound.set(System.nanoTime());
            }

            @Override
            public void arrived(List<LiveScan> scans) {
                arrivals.add(scans);
            }

            @Override
            public void dropped(LiveScan scan, String reason) {
                err.println("parseq batch: --watch: skipped " + scan + ": " + reason);
                err.flush();
            }

            @Override
            public void problem(String message) {
                err.println("parseq batch: --watch: " + message);
                err.flush();
            }
        };
        err.println("parseq batch: watching " + settings.location() + " for new files"
                + (idle == null ? " until stopped (Ctrl-C)" : " until none came for " + idle.toSeconds() + " s"));
        err.flush();
        int done = 0;
        try (LiveLoader loader = new LiveLoader(settings, reader, listener).start()) {
            while (true) {
                List<LiveScan> scans = arrivals.poll(200, TimeUnit.MILLISECONDS);
                if (scans == null) {
                    // a file still being written counts as activity: idle is measured from the last new file
                    if (idle != null && System.nanoTime() - lastFound.get() > idle.toNanos() && arrivals.isEmpty()) {
                        break;
                    }
                    continue;
                }
                run.run(BatchInput.of(scans.stream().map(LiveScan::location).toList()));
                done += scans.size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done;
    }
}
