package org.modesign.report;

import org.modesign.render.FontSpec;
import org.modesign.render.Rgb;

/** The type and colours of the PDF report. */
final class PdfStyle {

    static final Rgb TEXT = Rgb.of(0x1F2933);
    static final Rgb MUTED = Rgb.of(0x616E7C);
    static final Rgb ACCENT = Rgb.of(0x2D6CDF);
    static final Rgb RULE = Rgb.of(0xD5DCE4);
    static final Rgb HEADER_FILL = Rgb.of(0xEEF2F7);

    static final FontSpec COVER_TITLE = new FontSpec(28, true);
    static final FontSpec COVER_SUBTITLE = new FontSpec(16, false);
    static final FontSpec HEADING_1 = new FontSpec(18, true);
    static final FontSpec HEADING_2 = new FontSpec(14, true);
    static final FontSpec SUBHEADING = new FontSpec(11, true);
    static final FontSpec BODY = new FontSpec(10, false);
    static final FontSpec NOTE = new FontSpec(9, false);
    static final FontSpec CELL = new FontSpec(8.5, false);
    static final FontSpec CELL_HEAD = new FontSpec(8.5, true);
    static final FontSpec PAGE = new FontSpec(8, false);

    /** The distance between two lines of text in {@code font}. */
    static double leading(FontSpec font) {
        return font.size() * 1.35;
    }

    private PdfStyle() {
    }
}
