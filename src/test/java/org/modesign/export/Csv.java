package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an exported CSV table back, checking its byte order mark. */
final class Csv {

    private Csv() {
    }

    /** The rows of {@code bytes} (the header first), after checking that it starts with UTF-8's BOM. */
    static List<List<String>> read(byte[] bytes) {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords().stream()
                    .map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks that every row has as many cells as the header. */
    static void assertRectangular(List<List<String>> rows) {
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size(), row.toString());
        }
    }
}
