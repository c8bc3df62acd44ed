package org.modesign.ui.matrix;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.modesign.analysis.RaciGrid.Grouping;
import org.modesign.ui.i18n.I18n;

/**
 * The strip above the matrix: how the roles are grouped (team or region), which scenario and
 * phase it shows, and a reminder of the keys.
 */
final class MatrixBar extends HBox {

    /** The key reminder wraps to more lines rather than pushing the grouping out of the bar. */
    private static final double HINT_MIN_WIDTH = 140;

    private final Label showing = new Label();
    private final ToggleButton byTeam = new ToggleButton(I18n.tr("matrix.groupBy.team"));
    private final ToggleButton byRegion = new ToggleButton(I18n.tr("matrix.groupBy.region"));

    MatrixBar(Consumer<Grouping> grouping) {
        getStyleClass().add("matrix-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(6, 10, 6, 10));
        ToggleGroup group = new ToggleGroup();
        byTeam.setToggleGroup(group);
        byRegion.setToggleGroup(group);
        byTeam.setId("matrix-by-team");
        byRegion.setId("matrix-by-region");
        byTeam.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        byRegion.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        byTeam.setFocusTraversable(false);
        byRegion.setFocusTraversable(false);
        byTeam.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                grouping.accept(now == byTeam ? Grouping.TEAM : Grouping.REGION);
            }
        });
        showing.setId("matrix-showing");
        showing.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(I18n.tr("matrix.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.RIGHT);
        hint.setMinWidth(HINT_MIN_WIDTH);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        showing.setMinWidth(0);
        showing.setWrapText(true);
        showing.setMinHeight(Region.USE_PREF_SIZE);
        Label groupBy = new Label(I18n.tr("matrix.groupBy"));
        groupBy.setMinWidth(Region.USE_PREF_SIZE);
        HBox pills = new HBox(byTeam, byRegion);
        pills.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(groupBy, pills, new Separator(Orientation.VERTICAL), showing, spacer, hint);
    }

    /** Says what the matrix shows: "Centralized CoE · Foundation". */
    void show(String scenario, String phase) {
        showing.setText(I18n.tr("matrix.showing", scenario, phase));
    }
}
