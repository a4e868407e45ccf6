package org.parseq.io.live;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.SourceData;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileSourceResolver;

/** Reads a scan with a data format (FORMAT.json text) of a pipeline, as loading it would. */
public final class FormatScanReader implements ScanReader {

    private final FileSourceResolver resolver;
    private final String formatJson;
    private final String xArray;

    /**
     * @throws DataFormatException when the format is not valid for the pipeline
     */
    public FormatScanReader(FileSourceResolver resolver, String formatJson) throws DataFormatException {
        this.resolver = resolver;
        this.formatJson = formatJson;
        EntryFormat format = resolver.entryFormat(formatJson, "the data format");
        this.xArray = format.node().abscissa().map(ArrayDefinition::name).orElse(null);
    }

    @Override
    public double xSpan(LiveScan scan) throws Exception {
        ItemSource source = resolver.resolve(scan.file().toString(), scan.entry(), formatJson);
        SourceData data = source.read();
        if (xArray == null) {
            return Double.POSITIVE_INFINITY;
        }
        double[] x = data.arrays().get(xArray);
        if (x == null || x.length == 0) {
            throw new DataFormatException(scan.location(), xArray, "no points");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : x) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }
}
