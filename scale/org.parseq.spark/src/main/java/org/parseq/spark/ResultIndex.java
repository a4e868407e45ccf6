package org.parseq.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.parseq.cli.FileBatch.ItemRow;
import org.parseq.io.write.AtomicFiles;

/**
 * {@code index.csv} of a Spark run with HDF5 output: for every item in input order, the part file
 * that holds it and its row there ({@code results.h5} of a local run has the same layout, for all
 * items). Written under a temporary name and renamed, so an index that is there is whole.
 */
final class ResultIndex {

    static final String PARTS_FOLDER = "parts";
    static final String FILE_NAME = "index.csv";

    private ResultIndex() {
    }

    static String partFileName(int index) {
        return String.format("part-%05d.h5", index);
    }

    static void write(Path outFolder, List<PartRows> parts) throws IOException {
        Path target = outFolder.resolve(FILE_NAME);
        try {
            AtomicFiles.writeText(target, true, out -> {
                out.write("item,alias,part,row,error\n");
                int item = 0;
                for (PartRows part : parts) {
                    for (int row = 0; row < part.rows().size(); row++) {
                        ItemRow itemRow = part.rows().get(row);
                        out.write(item++ + "," + quoted(itemRow.alias()) + "," + part.file() + "," + row + ","
                                + quoted(itemRow.failed() ? itemRow.failure() : "") + "\n");
                    }
                }
            });
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + "\"";
        }
        return field;
    }
}
