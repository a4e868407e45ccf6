package org.parseq.io.live;

/** Reads a scan that may still be written; throws while it cannot be read completely. */
@FunctionalInterface
public interface ScanReader {

    /**
     * @return the span of the scan's x array (max − min), or {@code Double.POSITIVE_INFINITY}
     *         when its node has no x array
     * @throws Exception whatever reading a half-written file throws; the scan is tried again later
     */
    double xSpan(LiveScan scan) throws Exception;
}
