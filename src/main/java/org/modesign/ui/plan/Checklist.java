package org.modesign.ui.plan;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.modesign.edit.SetRequired;
import org.modesign.model.Capability;
import org.modesign.model.Phase;
import org.modesign.ui.form.PaneEdits;

/**
 * The capabilities of the catalogue, each with a tick box saying whether the shown phase requires
 * it; ticking or clearing one is one undoable edit.
 */
final class Checklist extends ListView<Capability> {

    private final PaneEdits edits;
    private Phase phase;

    Checklist(PaneEdits edits) {
        this.edits = edits;
        setId("plan-phase-checklist");
        setCellFactory(list -> new Cell());
    }

    /** Shows the catalogue ticked for {@code shown} (none ticked and disabled when null). */
    void show(List<Capability> capabilities, Phase shown) {
        phase = shown;
        setDisable(shown == null);
        if (!getItems().equals(capabilities)) {
            getItems().setAll(capabilities);
        }
        refresh();
    }

    private final class Cell extends ListCell<Capability> {
        private final CheckBox box = new CheckBox();

        Cell() {
            box.setOnAction(e -> {
                if (phase != null && getItem() != null) {
                    edits.submit(new SetRequired(phase.id(), getItem().id(), box.isSelected()));
                    box.setSelected(phase.requires().contains(getItem().id()));
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(Capability item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                box.setText(item.name());
                box.setSelected(phase != null && phase.requires().contains(item.id()));
                setGraphic(box);
            }
        }
    }
}
