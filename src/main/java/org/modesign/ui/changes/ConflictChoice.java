package org.modesign.ui.changes;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.modesign.merge.Conflict;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;

/**
 * One conflict of a merge: where it lies (in words, and its JSON path), what the two sides did,
 * and both values side by side, one of which is chosen (ours at first). A conflict that was
 * resolved so that the design loads offers no choice and says what was done.
 */
final class ConflictChoice extends VBox {

    private final Conflict conflict;
    private final ToggleButton ours;
    private final ToggleButton theirs;

    ConflictChoice(Conflict conflict, Design oursDesign, int number) {
        this.conflict = conflict;
        getStyleClass().add("merge-conflict");
        setSpacing(4);
        setId("merge-conflict-" + number);
        Label place = new Label(I18n.tr("merge.number", number + 1, ConflictWords.place(conflict, oursDesign)));
        place.getStyleClass().add("merge-place");
        place.setWrapText(true);
        Label kind = new Label(ConflictWords.kind(conflict));
        kind.setWrapText(true);
        Label path = new Label(conflict.path().isEmpty() ? "" : conflict.path());
        path.getStyleClass().add("merge-path");
        getChildren().addAll(place, kind, path);
        if (!conflict.choosable()) {
            Label what = new Label(I18n.tr("merge.resolved", conflict.ours(), conflict.resolution()));
            what.setWrapText(true);
            getChildren().add(what);
            ours = null;
            theirs = null;
            return;
        }
        ToggleGroup group = new ToggleGroup();
        ours = side("merge.ours.value", ConflictWords.ours(conflict), group, "merge-ours-" + number);
        theirs = side("merge.theirs.value", ConflictWords.theirs(conflict), group, "merge-theirs-" + number);
        ours.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one side is always chosen
            }
        });
        GridPane sides = new GridPane();
        sides.setHgap(8);
        sides.setPadding(new Insets(4, 0, 0, 0));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        sides.getColumnConstraints().addAll(half, half);
        sides.add(ours, 0, 0);
        sides.add(theirs, 1, 0);
        getChildren().add(sides);
    }

    private static ToggleButton side(String key, String value, ToggleGroup group, String id) {
        ToggleButton b = new ToggleButton(I18n.tr(key, value));
        b.setId(id);
        b.getStyleClass().add("merge-side");
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE); // both sides as tall as the longer one
        b.setMinHeight(Region.USE_PREF_SIZE); // a long value wraps instead of being cut
        b.setToggleGroup(group);
        return b;
    }

    Conflict conflict() {
        return conflict;
    }

    /** Whether their side is chosen. */
    boolean takesTheirs() {
        return theirs != null && theirs.isSelected();
    }

    /** Chooses their side ({@code true}) or ours; nothing for a conflict without a choice. */
    void choose(boolean theirsSide) {
        if (ours != null) {
            (theirsSide ? theirs : ours).setSelected(true);
        }
    }
}
