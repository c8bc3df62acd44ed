package org.modesign.ui.base;

import java.util.List;

/** The kinds of file the user picks in a file dialog: what the filter says and which names it shows. */
public enum FileType {
    DESIGN("dialog.filter.designs", ".modesign"),
    CSV("dialog.filter.csv", ".csv"),
    PNG("dialog.filter.png", ".png"),
    SVG("dialog.filter.svg", ".svg"),
    PDF("dialog.filter.pdf", ".pdf");

    private final String descriptionKey;
    private final String extension;

    FileType(String descriptionKey, String extension) {
        this.descriptionKey = descriptionKey;
        this.extension = extension;
    }

    /** The bundle key of the filter's description ("MOdesign designs"). */
    public String descriptionKey() {
        return descriptionKey;
    }

    /** The extension with its dot, as in {@code ".csv"}. */
    public String extension() {
        return extension;
    }

    /** The filter's glob patterns. */
    public List<String> patterns() {
        return List.of("*" + extension);
    }
}
