package org.modesign.ui.matrix;

import javafx.scene.paint.Color;
import org.modesign.analysis.SlotStatus;
import org.modesign.model.Raci;
import org.modesign.render.ChartTheme;

/**
 * The matrix's palette, light or dark as the chart's theme. The four letters differ in lightness as
 * well as in hue (A darkest, then R, C, I), so that they stay apart for colour-blind readers and in
 * greyscale; statuses always come with words too.
 */
record MatrixColours(Color background, Color header, Color layerBand, Color groupBand, Color groupBandAlt,
        Color groupShade, Color grid, Color groupEdge, Color text, Color detailText, Color cursor, Color cursorBand,
        Color selectedRole, Color revealed, Color unstaffedTint, Color problemTint) {

    static final MatrixColours LIGHT = new MatrixColours(Color.WHITE, Color.web("#F3F5F8"), Color.web("#E9EEF4"),
            Color.web("#E3EAF2"), Color.web("#D5DFEA"), Color.web("#F7F9FB"), Color.web("#E4E8ED"),
            Color.web("#A9B5C2"), Color.web("#1F2933"), Color.web("#52606D"), Color.web("#2962FF"),
            Color.web("#EAF1FF"), Color.web("#D3E0FF"), Color.web("#FFF2A8"), Color.web("#FDECEC"),
            Color.web("#FFF6E6"));

    static final MatrixColours DARK = new MatrixColours(Color.web("#1B1F24"), Color.web("#262C34"),
            Color.web("#2C3540"), Color.web("#303A46"), Color.web("#3A4654"), Color.web("#20252B"),
            Color.web("#323944"), Color.web("#6E7A88"), Color.web("#ECEFF3"), Color.web("#B3BCC8"),
            Color.web("#6EA0FF"), Color.web("#24324A"), Color.web("#2A3D63"), Color.web("#5A4B12"),
            Color.web("#3B1F22"), Color.web("#3A2F1B"));

    /** The palette that goes with the chart's {@code theme}: dark on a dark background. */
    static MatrixColours of(ChartTheme theme) {
        return theme.isDark() ? DARK : LIGHT;
    }

    /** The chip behind a letter. */
    Color letterFill(Raci letter) {
        return switch (letter) {
            case A -> Color.web("#153E75");
            case R -> Color.web("#3470B5");
            case C -> Color.web("#F3C54B");
            case I -> Color.web("#E3E7EC");
        };
    }

    /** The letter on its chip. */
    Color letterText(Raci letter) {
        return switch (letter) {
            case A, R -> Color.WHITE;
            case C -> Color.web("#4A3300");
            case I -> Color.web("#52606D");
        };
    }

    /** The mark of a status; null for a status not yet known. */
    Color status(SlotStatus status) {
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
    Color statusTint(SlotStatus status) {
        if (status == null || !status.isProblem()) {
            return null;
        }
        return status == SlotStatus.UNSTAFFED ? unstaffedTint : problemTint;
    }
}
