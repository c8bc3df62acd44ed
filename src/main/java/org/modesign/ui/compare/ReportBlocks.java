package org.modesign.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The building blocks of the comparison report: labels that never cut their text short, the
 * colour swatches of A and B, and titled cards. Looks come from {@code CompareView.css}.
 */
final class ReportBlocks {

    /** Style class of a value that changed between A and B. */
    static final String CHANGED = "compare-changed";

    private ReportBlocks() {
    }

    /** A label that is always as wide as its text. */
    static Label text(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A label that fills its cell and wraps its text onto more lines when the cell is narrower. */
    static Label wrapping(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A right-aligned label that fills its cell. */
    static Label number(String text, String... styleClasses) {
        Label label = text(text, styleClasses);
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The style class of a difference: up, down, or none for no difference. */
    static String direction(Double difference) {
        if (difference == null || difference == 0) {
            return "compare-same";
        }
        return difference > 0 ? "compare-up" : "compare-down";
    }

    /** The small square in A's or B's colour. */
    static Region swatch(Side side) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("compare-swatch", side.styleClass());
        swatch.setMinSize(10, 10);
        swatch.setMaxSize(10, 10);
        return swatch;
    }

    /** A swatch followed by a text. */
    static HBox marked(Side side, String text, String... styleClasses) {
        HBox box = new HBox(6, swatch(side), text(text, styleClasses));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A table column that is at least {@code minWidth} wide (and at least as wide as its content). */
    static ColumnConstraints column(double minWidth) {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(minWidth);
        return column;
    }

    /** A white card with a title over its content. */
    static VBox card(String title, Node... content) {
        VBox card = new VBox(10);
        card.getStyleClass().add("compare-card");
        card.getChildren().add(text(title, "compare-card-title"));
        card.getChildren().addAll(content);
        return card;
    }
}
