package org.modesign.export;

import java.util.List;

/**
 * What an export produced.
 *
 * @param pages    pages of a PDF (1 for an image, 0 for a table)
 * @param rows     data rows of a table (0 for a picture)
 * @param warnings sentences for the user about something the export could not do fully (e.g.
 *                 characters no font could show); empty when all went well
 */
public record ExportResult(ExportFormat format, int pages, int rows, List<String> warnings) {

    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
