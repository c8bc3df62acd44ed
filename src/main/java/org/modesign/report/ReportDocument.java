package org.modesign.report;

import java.util.List;
import java.util.Objects;

/**
 * What the plan report says, before it is laid out: the cover (the design's title, a subtitle and
 * a line of its size, the mission and the readiness answers), then its sections in order, and the
 * words of its language for the writers' own labels (contents, page numbers).
 */
public record ReportDocument(String title, String subtitle, String size, String mission, List<String> readiness,
        List<ReportSection> sections, ReportWords words) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(mission, "mission");
        readiness = List.copyOf(readiness);
        sections = List.copyOf(sections);
        Objects.requireNonNull(words, "words");
    }
}
