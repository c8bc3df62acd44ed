package org.modesign.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Picks one side of the comparison: a scenario of the open design, a scenario of another file
 * read before, or "Other file…", which asks for a file and picks its first scenario. When the open
 * design loses the picked scenario, the picker goes back to its default: the design's first
 * scenario for A, its second (else first) for B.
 */
final class ScenarioPicker {

    private final ComboBox<ScenarioChoice> box = new ComboBox<>();
    private final ReadOnlyObjectWrapper<ScenarioChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final OtherFiles files;
    private final int defaultIndex;
    private Design open;
    private boolean updating;

    ScenarioPicker(String id, OtherFiles files, int defaultIndex, Design open) {
        this.files = files;
        this.defaultIndex = defaultIndex;
        box.setId(id);
        box.setCellFactory(v -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        box.valueProperty().addListener((obs, old, picked) -> picked(picked));
        files.choices().addListener((ListChangeListener<ScenarioChoice>) c -> refresh(this.open));
        refresh(open);
    }

    ComboBox<ScenarioChoice> comboBox() {
        return box;
    }

    /** The scenario picked (never "Other file…"). */
    ReadOnlyObjectProperty<ScenarioChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Offers the scenarios of {@code design}, the new version of the open design. */
    void refresh(Design design) {
        open = design;
        List<ScenarioChoice> items = new ArrayList<>();
        design.scenarios().forEach(s -> items.add(ScenarioChoice.open(s)));
        items.addAll(files.choices());
        items.add(ScenarioChoice.OTHER_FILE);
        ScenarioChoice kept = find(items, choice.get());
        updating = true;
        try {
            if (!items.equals(box.getItems())) {
                box.getItems().setAll(items);
            }
            select(kept != null ? kept : ScenarioChoice.open(fallback(design)));
        } finally {
            updating = false;
        }
    }

    private Scenario fallback(Design design) {
        return design.scenarios().get(Math.min(defaultIndex, design.scenarios().size() - 1));
    }

    private static ScenarioChoice find(List<ScenarioChoice> items, ScenarioChoice wanted) {
        for (ScenarioChoice item : items) {
            if (item.sameScenario(wanted)) {
                return item;
            }
        }
        return null;
    }

    private void select(ScenarioChoice picked) {
        box.setValue(picked);
        if (!picked.equals(choice.get())) {
            choice.set(picked);
        }
    }

    private void picked(ScenarioChoice picked) {
        if (updating || picked == null) {
            return;
        }
        if (picked.isOtherFile()) {
            ScenarioChoice before = choice.get();
            Platform.runLater(() -> {
                box.setValue(before);
                files.choose(this::select);
            });
        } else {
            choice.set(picked);
        }
    }

    private static final class ChoiceCell extends ListCell<ScenarioChoice> {
        @Override
        protected void updateItem(ScenarioChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
