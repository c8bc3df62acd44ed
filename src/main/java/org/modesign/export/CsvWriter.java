package org.modesign.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table on its way to a CSV file: RFC 4180 (commas, quotes where needed, CRLF), a header row,
 * UTF-8 with a byte order mark so that spreadsheet programs read Chinese text correctly.
 */
final class CsvWriter {

    /** The byte order mark that starts the file. */
    static final char BOM = '\uFEFF';

    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;
    private int rows;

    CsvWriter(List<String> header) {
        text.write(BOM);
        try {
            printer = new CSVPrinter(text, CSVFormat.DEFAULT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a data row; {@code null} cells are written empty. */
    void row(List<?> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** The number of data rows (the header not counted). */
    int rows() {
        return rows;
    }

    /** The whole file. */
    byte[] toBytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
