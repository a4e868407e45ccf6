package org.parseq.demo;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSourceResolver;

/**
 * Makes synthetic peaks of {@code synthetic:} locations and synthetic detector scans of
 * {@code synthetic-detector:} locations, and rejects every other location, so that files fall
 * through to the platform's file resolver. Contributed through {@code org.parseq.core.itemSources}.
 */
public final class SyntheticPeakResolver implements ItemSourceResolver {

    @Override
    public ItemSource resolve(String location, String containerPath, String format) {
        if (location != null && location.startsWith(SyntheticDetector.SCHEME)) {
            return SyntheticDetector.parse(location);
        }
        return SyntheticPeak.parse(location);
    }
}
