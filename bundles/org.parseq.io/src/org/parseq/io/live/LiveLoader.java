package org.parseq.io.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5Node;

/**
 * Loading during a measurement: watches a folder for new files, or an HDF5 file for new entries,
 * and hands each new scan to its {@link Listener} once it is complete, in the order the scans
 * appeared, each once. Scans present when watching starts are not new.
 *
 * <p>A scan is complete when it can be read and the writer has finished it: it has stayed
 * unchanged for the settle time or a later scan exists (the writer moved on), and a column file
 * ends with a line end (or, without one, has stayed unchanged for five settle times). Until then it is tried again at every poll; one that stays unreadable for the
 * give-up time is reported and skipped. Of the new scans only every n-th is taken; a scan whose x
 * span is below the minimum is dropped. A {@link WatchService} wakes the loader when the folder
 * changes; the location is listed again at every poll interval anyway, which is all there is where
 * the file system sends no events (network file systems). Nothing a file does stops the loader:
 * reading errors are retried, listing errors reported.
 */
public final class LiveLoader implements AutoCloseable {

    /** Receives what the loader finds; called in the loader's thread. */
    public interface Listener {

        /** A new scan was seen (and will be passed on when complete, if it is one of the every n-th). */
        default void found(LiveScan scan) {
        }

        /** New complete scans, in the order they appeared. */
        void arrived(List<LiveScan> scans);

        /** A new scan not passed on: too short, or unreadable for the give-up time. */
        default void dropped(LiveScan scan, String reason) {
        }

        /** The location could not be listed this time (it is tried again). */
        default void problem(String message) {
        }
    }

    /** How many settle times a column file whose last line has no line end must stay unchanged. */
    private static final int UNFINISHED_LINE_SETTLES = 5;

    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final LiveLoadSettings settings;
    private final ScanReader reader;
    private final Listener listener;
    private final List<PathMatcher> matchers;
    private final Set<String> seen = new HashSet<>();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private long newScans;
    private volatile boolean running;
    private Thread thread;
    private WatchService watch;

    private static final class Pending {
        final LiveScan scan;
        final long found;
        long size = -1;
        long modified = -1;
        long unchangedSince;
        String lastError;

        Pending(LiveScan scan, long now) {
            this.scan = scan;
            this.found = now;
            this.unchangedSince = now;
        }
    }

    /** A loader that does nothing until {@link #start()}; {@link #poll()} may be called directly. */
    public LiveLoader(LiveLoadSettings settings, ScanReader reader, Listener listener) throws IOException {
        this.settings = settings;
        this.reader = reader;
        this.listener = listener;
        this.matchers = settings.patterns().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        if (!Files.isDirectory(settings.location()) && !Files.isRegularFile(settings.location())) {
            throw new IOException(settings.location() + ": no such folder or file to watch");
        }
        for (LiveScan scan : list()) {
            seen.add(scan.location());
        }
    }

    /** Watches in a thread of its own until {@link #close()}. */
    public synchronized LiveLoader start() {
        if (thread != null) {
            return this;
        }
        running = true;
        watch = watchServiceOrNull();
        thread = new Thread(this::run, "ParSeq live loading of " + settings.location().getFileName());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    public LiveLoadSettings settings() {
        return settings;
    }

    /** Whether a file-system watch wakes the loader (false: polling only). */
    public synchronized boolean watchesEvents() {
        return watch != null;
    }

    private WatchService watchServiceOrNull() {
        Path folder = Files.isDirectory(settings.location()) ? settings.location() : settings.location().getParent();
        try {
            WatchService service = folder.getFileSystem().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            return service;
        } catch (IOException | UnsupportedOperationException e) {
            return null; // polling alone
        }
    }

    private void run() {
        long interval = Math.max(1, settings.pollInterval().toMillis());
        while (running) {
            try {
                waitForChange(interval);
                if (running) {
                    poll();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                listener.problem(settings.location() + ": " + e);
            }
        }
    }

    private void waitForChange(long interval) throws InterruptedException {
        WatchService service = watch;
        if (service == null) {
            Thread.sleep(interval);
            return;
        }
        WatchKey key = service.poll(interval, TimeUnit.MILLISECONDS);
        if (key != null) {
            key.pollEvents();
            key.reset();
            // a writer creates and then fills a file: give it a moment before listing
            Thread.sleep(Math.min(interval, 50));
        }
    }

    /** Lists the location once and passes on what became complete; what the loader thread does at each poll. */
    public synchronized void poll() {
        long now = System.nanoTime();
        List<LiveScan> listed;
        try {
            listed = list();
        } catch (IOException | RuntimeException e) {
            listener.problem(settings.location() + ": cannot list: " + e.getMessage());
            return;
        }
        for (LiveScan scan : listed) {
            if (seen.add(scan.location())) {
                listener.found(scan);
                newScans++;
                if (newScans % settings.everyNth() == 0) {
                    queue.add(new Pending(scan, now));
                }
            }
        }
        List<LiveScan> ready = new ArrayList<>();
        while (!queue.isEmpty()) {
            Pending head = queue.peek();
            Verdict verdict = verdict(head, listed, now);
            if (verdict.equals(Verdict.WAIT)) {
                break;
            }
            queue.poll();
            if (verdict.ready()) {
                ready.add(head.scan);
            } else {
                listener.dropped(head.scan, verdict.dropReason());
            }
        }
        if (!ready.isEmpty()) {
            listener.arrived(List.copyOf(ready));
        }
    }

    /** Whether a pending scan waits, goes on, or is dropped and why. */
    private record Verdict(boolean ready, String dropReason) {
        static final Verdict WAIT = new Verdict(false, null);
        static final Verdict READY = new Verdict(true, null);

        static Verdict drop(String reason) {
            return new Verdict(false, reason);
        }
    }

    private Verdict verdict(Pending pending, List<LiveScan> listed, long now) {
        LiveScan scan = pending.scan;
        long size;
        long modified;
        try {
            BasicFileAttributes attributes = Files.readAttributes(scan.file(), BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return Verdict.drop("it disappeared: " + e.getMessage());
        }
        if (size != pending.size || modified != pending.modified) {
            pending.size = size;
            pending.modified = modified;
            pending.unchangedSince = now;
        }
        long unchanged = now - pending.unchangedSince;
        boolean givenUp = now - pending.found >= settings.giveUp().toNanos();
        boolean laterScan = listed.indexOf(scan) >= 0 && listed.indexOf(scan) < listed.size() - 1;
        // a writer stopped in the middle of a line; a file whose last line just has no line end
        // (some beamlines write them so) is taken once it has stayed unchanged for a while
        if (scan.entry() == null && !endsWithLineEnd(scan.file())
                && unchanged < UNFINISHED_LINE_SETTLES * settings.settle().toNanos()) {
            pending.lastError = "the last line is not finished";
            return givenUp ? dropAfterRetries(pending) : Verdict.WAIT;
        }
        if (unchanged < settings.settle().toNanos() && !laterScan) {
            return Verdict.WAIT;
        }
        double span;
        try {
            span = reader.xSpan(scan);
        } catch (Exception | LinkageError | StackOverflowError e) {
            pending.lastError = e.getMessage() == null ? e.toString() : e.getMessage();
            return givenUp ? dropAfterRetries(pending) : Verdict.WAIT;
        }
        if (span < settings.minXSpan()) {
            return Verdict.drop(String.format(Locale.ROOT, "its x spans %.6g, less than the minimum %.6g", span,
                    settings.minXSpan()));
        }
        return Verdict.READY;
    }

    private Verdict dropAfterRetries(Pending pending) {
        return Verdict.drop("not readable after " + settings.giveUp().toMillis() / 1000.0 + " s: " + pending.lastError);
    }

    /** The scans now at the location, in their listing order (file names; entries as the file holds them). */
    private List<LiveScan> list() throws IOException {
        Path location = settings.location();
        if (Files.isRegularFile(location)) {
            return entries(location);
        }
        List<LiveScan> scans = new ArrayList<>();
        try (Stream<Path> files = Files.list(location)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(file) || !matches(file.getFileName())) {
                    continue;
                }
                scans.add(new LiveScan(file, isHdf5(file) ? "/" : null));
            }
        }
        return scans;
    }

    /** The top-level groups of an HDF5 file that is being written; none while it cannot be opened. */
    private static List<LiveScan> entries(Path file) {
        List<LiveScan> scans = new ArrayList<>();
        try (Hdf5Container container = Hdf5Container.open(file)) {
            for (Hdf5Node child : container.root().children()) {
                if (child.isGroup()) {
                    scans.add(new LiveScan(file, child.path()));
                }
            }
        } catch (Exception | LinkageError | StackOverflowError e) {
            // a file in the middle of a write may not open: its entries are listed at a later poll
        }
        return scans;
    }

    private boolean matches(Path name) {
        return matchers.isEmpty() || matchers.stream().anyMatch(m -> m.matches(name));
    }

    private static boolean isHdf5(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HDF5_SIGNATURE.length), HDF5_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean endsWithLineEnd(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length == 0) {
                return false;
            }
            in.seek(length - 1);
            int last = in.read();
            return last == '\n' || last == '\r';
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        Thread worker;
        synchronized (this) {
            worker = thread;
            thread = null;
            if (watch != null) {
                try {
                    watch.close();
                } catch (IOException e) {
                    // closing a watch that failed: nothing more to release
                }
                watch = null;
            }
        }
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
