package org.modesign.report;

import java.util.Locale;
import org.modesign.model.Coded;

/** The formats of the plan report. */
public enum ReportFormat implements Coded {
    PDF("pdf"),
    HTML("html");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The format a file name's extension asks for ({@code .pdf}, {@code .html}, {@code .htm}), else null. */
    public static ReportFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return PDF;
        }
        return lower.endsWith(".html") || lower.endsWith(".htm") ? HTML : null;
    }
}
