package org.modesign.report;

import java.util.List;
import java.util.Objects;
import org.modesign.render.ChartScene;

/** A piece of a report section, which the PDF and the HTML writer each lay out in their own way. */
public sealed interface Block {

    /** A paragraph of text; {@code note} paragraphs are set smaller and grey. */
    record Paragraph(String text, boolean note) implements Block {

        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        static Paragraph note(String text) {
            return new Paragraph(text, true);
        }
    }

    /** A sub-heading inside a section (not in the table of contents). */
    record Subheading(String text) implements Block {

        public Subheading {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table: its column headings, its rows (each as many cells as columns), and which columns
     * hold numbers (set right-aligned).
     */
    record Table(List<String> columns, List<List<String>> rows, List<Boolean> numeric) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
            int width = columns.size();
            if (numeric.size() != width || rows.stream().anyMatch(r -> r.size() != width)) {
                throw new IllegalArgumentException("a row or the numeric flags do not match the columns");
            }
        }
    }

    /** A chart, laid out, to be shown whole with its caption and a note under it ({@code ""} when none). */
    record Chart(String caption, String note, ChartScene scene) implements Block {

        public Chart {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(scene, "scene");
        }
    }
}
