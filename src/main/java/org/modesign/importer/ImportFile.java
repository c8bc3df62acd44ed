package org.modesign.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.importer.mapping.ColumnMapping;

/**
 * A table read for import, once: its name, header and rows. {@link #mapping()} is the mapping
 * found from its headers and values; the editor changes it and previews again without reading the
 * file again.
 */
public final class ImportFile {

    private final String source;
    private final CsvFile table;
    private ColumnMapping mapping;

    private ImportFile(String source, CsvFile table) {
        this.source = source;
        this.table = table;
    }

    /** Reads {@code file}. */
    public static ImportFile read(Path file) throws UnusableCsv {
        return new ImportFile(String.valueOf(file.getFileName()), CsvFile.read(file));
    }

    /** The table in the bytes of a file called {@code source}. */
    public static ImportFile of(String source, byte[] bytes) throws UnusableCsv {
        return new ImportFile(source, CsvFile.parse(bytes));
    }

    /** The file's name, for messages. */
    public String source() {
        return source;
    }

    public List<String> header() {
        return table.header();
    }

    /** The rows below the header that are not blank. */
    public int rowCount() {
        return table.rows().size();
    }

    /** The first {@code n} rows' values. */
    public List<List<String>> sample(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvRow row : table.rows().subList(0, Math.min(n, table.rows().size()))) {
            rows.add(row.values());
        }
        return rows;
    }

    /** The mapping found from the headers, and from the values where no header says. */
    public synchronized ColumnMapping mapping() {
        if (mapping == null) {
            List<List<String>> rows = new ArrayList<>(table.rows().size());
            for (CsvRow row : table.rows()) {
                rows.add(row.values());
            }
            mapping = ColumnMapping.of(table.header(), rows);
        }
        return mapping;
    }

    /** The mapping for {@code options}: theirs or the one found, with their choices applied. */
    public ColumnMapping mapping(ImportOptions options) {
        ColumnMapping base = options.mapping() != null ? options.mapping() : mapping();
        return options.choices().isEmpty() ? base : base.withChoices(options.choices());
    }

    CsvFile table() {
        return table;
    }
}
