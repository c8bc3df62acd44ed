package org.modesign.importer;

import java.util.List;

/** One record of a CSV file: the line it starts on (1 is the first line) and its values. */
record CsvRow(int line, List<String> values) {

    CsvRow {
        values = List.copyOf(values);
    }
}
