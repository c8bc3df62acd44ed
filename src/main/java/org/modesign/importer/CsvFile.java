package org.modesign.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a spreadsheet writes it: in UTF-8, UTF-16 with a byte-order mark, GBK, Big5 or
 * Windows-1252 ({@link Encodings}); values separated by commas, semicolons or tabs (whichever the
 * header line has most of, see {@link #delimiter}), quoted values that may hold delimiters,
 * quotes and line breaks, CRLF or LF line ends. Blank lines are skipped; the first other line is the
 * header. Each row keeps the line it starts on. Files over 64 MiB or with more than 200,000 rows
 * are refused, like designs.
 */
record CsvFile(List<String> header, List<CsvRow> rows, String encoding) {

    /** Largest file read: 64 MiB (a CSV export; a design file may have 256 MiB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Most rows below the header: a design holds at most 200,000 cards. */
    static final int MAX_ROWS = 200_000;

    CsvFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Reads the table in {@code file}, reading the file once. */
    static CsvFile read(Path file) throws UnusableCsv {
        try {
            if (Files.isDirectory(file)) {
                throw UnusableCsv.of(ImportMessage.FILE_IS_FOLDER);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw UnusableCsv.of(ImportMessage.FILE_TOO_LARGE, size, MAX_BYTES);
            }
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw UnusableCsv.of(ImportMessage.FILE_MISSING);
        } catch (AccessDeniedException e) {
            throw UnusableCsv.of(ImportMessage.FILE_UNREADABLE, "permission denied");
        } catch (IOException e) {
            throw UnusableCsv.of(ImportMessage.FILE_UNREADABLE, e.getMessage() == null ? "" : e.getMessage());
        }
    }

    /** The table in the bytes of a file. */
    static CsvFile parse(byte[] bytes) throws UnusableCsv {
        if (bytes.length > MAX_BYTES) {
            throw UnusableCsv.of(ImportMessage.FILE_TOO_LARGE, (long) bytes.length, MAX_BYTES);
        }
        Encodings.Decoded decoded = Encodings.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw UnusableCsv.of(ImportMessage.EMPTY);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return records(parser, decoded.encoding());
        } catch (IOException e) {
            throw UnusableCsv.of(ImportMessage.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    private static CsvFile records(CSVParser parser, String encoding) throws UnusableCsv {
        List<String> header = null;
        List<CsvRow> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        long linesBefore = 0;
        while (true) {
            int line = (int) linesBefore + 1;
            CSVRecord record = next(records, line);
            if (record == null) {
                break;
            }
            linesBefore = parser.getCurrentLineNumber();
            if (isBlank(record)) {
                continue;
            }
            if (header == null) {
                header = record.toList();
            } else if (rows.size() == MAX_ROWS) {
                throw UnusableCsv.of(ImportMessage.TOO_MANY_ROWS, MAX_ROWS);
            } else {
                rows.add(new CsvRow(line, record.toList()));
            }
        }
        return new CsvFile(header, rows, encoding);
    }

    /** The next record, or null after the last; a broken quote in the record starting on {@code line} is refused. */
    private static CSVRecord next(Iterator<CSVRecord> records, int line) throws UnusableCsv {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw UnusableCsv.of(ImportMessage.BAD_QUOTES, line);
        }
    }

    /**
     * The delimiter of the first line that is not blank: the most frequent of comma, semicolon and tab
     * in it (a comma when there are as many commas as others; a spreadsheet writes semicolons where the
     * comma is the decimal separator, tabs in "Unicode text").
     */
    static char delimiter(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (!line.isBlank()) {
                long commas = line.chars().filter(c -> c == ',').count();
                long semicolons = line.chars().filter(c -> c == ';').count();
                long tabs = line.chars().filter(c -> c == '\t').count();
                if (tabs > commas && tabs > semicolons) {
                    return '\t';
                }
                return semicolons > commas ? ';' : ',';
            }
            start = end < 0 ? text.length() : end + 1;
        }
        return ',';
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
