package org.modesign.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of the report with its heading: level 1 (the charter, a scenario, the comparison)
 * starts a new page, level 2 (a phase) follows; both are listed in the table of contents.
 */
public record ReportSection(int level, String title, List<Block> blocks) {

    public ReportSection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("level " + level);
        }
    }
}
