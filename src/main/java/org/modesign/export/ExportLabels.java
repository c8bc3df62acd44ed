package org.modesign.export;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.modesign.text.KeyedTexts;

/**
 * The words an export writes besides the user's own text and the chart's labels: the page
 * headers and the warnings. Looked up by key like {@link org.modesign.render.KeyedChartLabels}:
 * the editor backs it with its resource bundle, the command line uses {@link #ENGLISH}. Patterns
 * follow {@link MessageFormat}. A key the lookup does not know shows in English.
 */
public final class ExportLabels {

    /** The English text of every key. */
    public static final Map<String, String> ENGLISH_TEXTS = Map.of(
            "exportSheet.allPhases", "All phases",
            "exportSheet.selection", "{0,choice,1#1 selected card|1<{0,number,integer} selected cards}",
            "exportSheet.overview", "Page 1 of {0} \u2014 overview; the numbers are pages",
            "exportSheet.page", "Page {0} of {1} \u2014 row {2}, column {3}",
            "exportSheet.warning.cjkFont", "No font with Chinese characters was found on this computer, "
                    + "so the PDF shows \u201C?\u201D for the characters its fonts lack.",
            "exportSheet.warning.imageReduced", "The chart is too large for one image at this scale, "
                    + "so it was drawn at {0}% of it.");

    /** Every key a lookup must answer, sorted. */
    public static final List<String> KEYS = List.copyOf(new TreeSet<>(ENGLISH_TEXTS.keySet()));

    /** English words. */
    public static final ExportLabels ENGLISH = new ExportLabels(ENGLISH_TEXTS::get, Locale.ENGLISH);

    private final KeyedTexts texts;

    /** Labels that ask {@code lookup} for each key and format numbers for {@code locale}. */
    public ExportLabels(Function<String, String> lookup, Locale locale) {
        this.texts = new KeyedTexts(lookup, ENGLISH_TEXTS, locale);
    }

    /** Instead of a phase's name, when the export shows every phase at once. */
    public String allPhases() {
        return text("exportSheet.allPhases");
    }

    /** Says that only {@code cards} selected cards are shown. */
    public String selection(int cards) {
        return text("exportSheet.selection", cards);
    }

    /** The label of a PDF's first page, the overview of the {@code pages} pages. */
    public String overview(int pages) {
        return text("exportSheet.overview", pages);
    }

    /** "Page 3 of 12 — row 1, column 3" (rows and columns count from 1). */
    public String page(int page, int pages, int row, int column) {
        return text("exportSheet.page", page, pages, row, column);
    }

    /** The warning when characters could not be shown in a PDF for want of a font. */
    public String missingCjkFont() {
        return text("exportSheet.warning.cjkFont");
    }

    /** The warning when a PNG had to be drawn smaller than asked, at {@code percent}% of it. */
    public String imageReduced(int percent) {
        return text("exportSheet.warning.imageReduced", percent);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
