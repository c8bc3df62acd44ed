package org.modesign.ui.matrix;

import javafx.scene.paint.Color;
import org.modesign.analysis.SlotStatus;
import org.modesign.model.Raci;

/**
 * The matrix's palette. The four letters differ in lightness as well as in hue (A darkest, then
 * R, C, I), so that they stay apart for colour-blind readers and in greyscale; statuses always
 * come with words too.
 */
final class MatrixColours {

    static final Color BACKGROUND = Color.WHITE;
    static final Color HEADER = Color.web("#F3F5F8");
    static final Color LAYER_BAND = Color.web("#E9EEF4");
    static final Color GROUP_BAND = Color.web("#E3EAF2");
    static final Color GROUP_BAND_ALT = Color.web("#D5DFEA");
    static final Color GROUP_SHADE = Color.web("#F7F9FB");
    static final Color GRID = Color.web("#E4E8ED");
    static final Color GROUP_EDGE = Color.web("#A9B5C2");
    static final Color TEXT = Color.web("#1F2933");
    static final Color DETAIL_TEXT = Color.web("#52606D");
    static final Color CURSOR = Color.web("#2962FF");
    static final Color CURSOR_BAND = Color.web("#EAF1FF");
    static final Color SELECTED_ROLE = Color.web("#D3E0FF");
    static final Color REVEALED = Color.web("#FFF2A8");

    private MatrixColours() {
    }

    /** The chip behind a letter. */
    static Color letterFill(Raci letter) {
        return switch (letter) {
            case A -> Color.web("#153E75");
            case R -> Color.web("#3F7FCB");
            case C -> Color.web("#F3C54B");
            case I -> Color.web("#E3E7EC");
        };
    }

    /** The letter on its chip. */
    static Color letterText(Raci letter) {
        return switch (letter) {
            case A, R -> Color.WHITE;
            case C -> Color.web("#4A3300");
            case I -> Color.web("#52606D");
        };
    }

    /** The mark of a status; null for a status not yet known. */
    static Color status(SlotStatus status) {
        if (status == null) {
            return Color.web("#C5CCD4");
        }
        return switch (status) {
            case UNSTAFFED -> Color.web("#C62828");
            case MISSING_ACCOUNTABLE -> Color.web("#E69500");
            case OVERLAPPING -> Color.web("#8E44AD");
            case STAFFED -> Color.web("#2E7D32");
            case NOT_REQUIRED -> Color.web("#A3ADB8");
        };
    }

    /** The faint tint of a row header whose capability has a problem, or null for none. */
    static Color statusTint(SlotStatus status) {
        if (status == null || !status.isProblem()) {
            return null;
        }
        return status == SlotStatus.UNSTAFFED ? Color.web("#FDECEC") : Color.web("#FFF6E6");
    }
}
