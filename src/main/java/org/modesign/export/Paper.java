package org.modesign.export;

import org.modesign.model.Coded;

/** The paper a PDF export is laid out on, always landscape; sizes in PDF points (1/72 inch). */
public enum Paper implements Coded {
    /** ISO A4, 297 × 210 mm. */
    A4("a4", 841.89f, 595.28f),
    /** US Letter, 11 × 8.5 inches. */
    LETTER("letter", 792f, 612f);

    private final String code;
    private final float width;
    private final float height;

    Paper(String code, float width, float height) {
        this.code = code;
        this.width = width;
        this.height = height;
    }

    @Override
    public String code() {
        return code;
    }

    /** The width of a landscape page, in points. */
    public float width() {
        return width;
    }

    /** The height of a landscape page, in points. */
    public float height() {
        return height;
    }
}
