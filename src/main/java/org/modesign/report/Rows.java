package org.modesign.report;

import org.modesign.model.Design;
import org.modesign.model.Region;

/** Names of what the design refers to by id, as the report's tables show them. */
final class Rows {

    private final Design design;
    private final ReportWords words;

    Rows(Design design, ReportWords words) {
        this.design = design;
        this.words = words;
    }

    /** A region's name; "Global" for {@code global}; the id itself when the design lacks it. */
    String region(String id) {
        if (id == null || "global".equals(id)) {
            return words.get(ReportText.GLOBAL);
        }
        return design.region(id).map(Region::name).orElse(id);
    }

    /** A phase's name, or "No phase". */
    String phase(String id) {
        return id == null ? words.get(ReportText.NO_PHASE) : design.phase(id).map(p -> p.name()).orElse(id);
    }
}
