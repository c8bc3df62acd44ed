package org.modesign.export;

import org.modesign.model.Coded;

/**
 * What MOdesign exports: three pictures of a scenario's chart, three of its martech stack and seven
 * tables. The code is what
 * the command line's {@code --format} takes.
 */
public enum ExportFormat implements Coded {
    /** The chart as a PNG image, at 1× or 2× scale. */
    PNG("png", ".png"),
    /** The chart as an SVG drawing; text stays text. */
    SVG("svg", ".svg"),
    /** The chart as a PDF on landscape pages, split over several when too large to read on one. */
    PDF("pdf", ".pdf"),
    /** The martech stack landscape as a PNG image, at 1× or 2× scale (format v2). */
    STACK_PNG("stack-png", ".png"),
    /** The martech stack landscape as an SVG drawing (format v2). */
    STACK_SVG("stack-svg", ".svg"),
    /** The martech stack landscape as a PDF on landscape pages (format v2). */
    STACK_PDF("stack-pdf", ".pdf"),
    /** One row per role (the header that the CSV import reads). */
    ROLES_CSV("roles-csv", ".csv"),
    /** The RACI matrix: a row per capability, a column per role. */
    RACI_CSV("raci-csv", ".csv"),
    /** The validator's findings. */
    FINDINGS_CSV("findings-csv", ".csv"),
    /** The metrics, one row per phase. */
    METRICS_CSV("metrics-csv", ".csv"),
    /** The martech stack: a row per phase and tool deployed (format v2). */
    STACK_CSV("stack-csv", ".csv"),
    /** The staffing and hiring plan: a row per phase and role, with staffing, FTE and cost (format v2). */
    HIRING_CSV("hiring-csv", ".csv"),
    /** The hires to make: a row per open or planned role, at the phase it is hired in (format v2). */
    HIRES_CSV("hires-csv", ".csv");

    private final String code;
    private final String extension;

    ExportFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    @Override
    public String code() {
        return code;
    }

    /** The file name extension with its dot, as in {@code ".pdf"}. */
    public String extension() {
        return extension;
    }

    /** Whether this is a picture of the chart (rather than a table). */
    public boolean isChart() {
        return this == PNG || this == SVG || this == PDF;
    }

    /** Whether this is a picture of the martech stack landscape. */
    public boolean isStack() {
        return this == STACK_PNG || this == STACK_SVG || this == STACK_PDF;
    }
}
