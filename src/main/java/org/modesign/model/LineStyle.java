package org.modesign.model;

/** A reporting line is solid (direct) or dotted (matrix, drawn only). */
public enum LineStyle implements Coded {
    SOLID("solid"),
    DOTTED("dotted");

    private final String code;

    LineStyle(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
