package org.modesign.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** The toolbar's choice of which scenario of the design the chart shows and edits. */
final class ScenarioChooser {

    private final EditorContext context;
    private final ComboBox<Scenario> box = new ComboBox<>();
    private boolean updating;
    private java.util.List<String> shown = java.util.List.of();

    ScenarioChooser(EditorContext context) {
        this.context = context;
        box.setId("scenario-chooser");
        box.setFocusTraversable(false);
        box.setCellFactory(v -> new NameCell());
        box.setButtonCell(new NameCell());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario scenario) {
                return scenario == null ? "" : scenario.name();
            }

            @Override
            public Scenario fromString(String text) {
                return null;
            }
        });
        box.valueProperty().addListener((obs, old, s) -> {
            if (!updating && s != null) {
                context.document().scenarioIdProperty().set(s.id());
            }
        });
        context.document().designProperty().addListener((obs, old, d) -> refresh(d));
        context.document().scenarioIdProperty().addListener((obs, old, id) -> refresh(context.document().design()));
        refresh(context.document().design());
    }

    ComboBox<Scenario> comboBox() {
        return box;
    }

    private void refresh(Design design) {
        updating = true;
        try {
            java.util.List<String> names = design.scenarios().stream().map(s -> s.id() + '\n' + s.name()).toList();
            if (!names.equals(shown)) {
                shown = names;
                box.getItems().setAll(design.scenarios());
            }
            box.setValue(context.document().scenario());
        } finally {
            updating = false;
        }
    }

    private static final class NameCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
