package org.modesign.ui.compare;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.modesign.analysis.SideBySide;

/**
 * The phase the comparison shows. It starts at the phase the other views show, else at A's last
 * phase (the target state the plan leads to); it follows the views when they switch phase, and
 * keeps the user's own pick while it exists.
 */
final class PhasePicker {

    /** One phase: its id and its name as the comparison's designs call it. */
    record Item(String id, String name) {
    }

    private final ComboBox<Item> box = new ComboBox<>();
    private final ObservableStringValue viewsPhase;
    private String wanted;
    private boolean updating;

    /** A picker that starts at, and follows, {@code viewsPhase} (the document's phase, null for all). */
    PhasePicker(ObservableStringValue viewsPhase, Runnable changed) {
        this.viewsPhase = viewsPhase;
        wanted = viewsPhase.get();
        box.setId("compare-phase");
        box.setCellFactory(v -> new ItemCell());
        box.setButtonCell(new ItemCell());
        box.valueProperty().addListener((obs, old, item) -> {
            if (!updating && item != null) {
                wanted = item.id();
                changed.run();
            }
        });
        viewsPhase.addListener((obs, old, id) -> {
            if (id != null) {
                wanted = id;
                changed.run();
            }
        });
    }

    ComboBox<Item> comboBox() {
        return box;
    }

    /** Offers the phases of {@code s} and returns the one to show. */
    String update(SideBySide s) {
        List<String> ids = s.phases();
        String views = viewsPhase.get();
        String phase = wanted != null && ids.contains(wanted) ? wanted
                : views != null && ids.contains(views) ? views
                : lastOfA(s, ids);
        List<Item> items = ids.stream().map(id -> new Item(id, s.phaseName(id))).toList();
        updating = true;
        try {
            if (!items.equals(box.getItems())) {
                box.getItems().setAll(items);
            }
            box.setValue(items.get(ids.indexOf(phase)));
        } finally {
            updating = false;
        }
        return phase;
    }

    private static String lastOfA(SideBySide s, List<String> ids) {
        int phasesOfA = s.a().design().phases().size();
        return ids.get(Math.max(0, phasesOfA - 1));
    }

    private static final class ItemCell extends ListCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
