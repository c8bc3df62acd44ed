package org.modesign.ui.inspector;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.edit.RemoveFteChange;
import org.modesign.edit.SetFteChange;
import org.modesign.model.FteChange;
import org.modesign.model.Role;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.FteText;
import org.modesign.ui.i18n.I18n;

/**
 * A role's FTE changes by phase: a small table (phase, FTE), a line to set the FTE from a phase on
 * (a new change, or a new FTE for the change of that phase) and "Remove" for the selected change.
 * Selecting a change puts its phase and FTE in the line, to change it.
 */
final class FteChangesEditor {

    private final Edits edits;
    private final TableView<FteChange> table = new TableView<>();
    private final ComboBox<Option> phase = new ComboBox<>();
    private final TextField fte = new TextField();
    private final Button set = new Button(I18n.tr("inspector.fteChange.set"), new FontIcon("mdi2c-check"));
    private final Button remove = new Button(I18n.tr("inspector.fteChange.remove"),
            new FontIcon("mdi2d-delete-outline"));
    private final Label error = SmallTable.errorLine("inspector-fte-change-error");
    private final VBox view;
    private String scenario;
    private Role role;
    private Vocabulary vocabulary;

    FteChangesEditor(Edits edits) {
        this.edits = edits;
        SmallTable.setUp(table, "inspector-fte-changes", "inspector.fteChange.none");
        TableColumn<FteChange, String> when = new TableColumn<>(I18n.tr("inspector.fteChange.phase"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(vocabulary.phaseName(c.getValue().phase())));
        when.setSortable(false);
        TableColumn<FteChange, String> amount = new TableColumn<>(I18n.tr("inspector.fteChange.fte"));
        amount.setCellValueFactory(c -> new ReadOnlyStringWrapper(FteText.format(c.getValue().fte())));
        amount.setSortable(false);
        amount.setMinWidth(70);
        amount.setMaxWidth(70);
        table.getColumns().add(when);
        table.getColumns().add(amount);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, change) -> {
            if (change != null) {
                phase.setValue(Option.find(phase.getItems(), change.phase()));
                fte.setText(FteText.format(change.fte()));
            }
        });
        phase.setId("inspector-fte-change-phase");
        phase.setPromptText(I18n.tr("inspector.fteChange.choose"));
        org.modesign.ui.a11y.AccessibleNames.name(phase, I18n.tr("inspector.fteChange.phase"));
        phase.setMaxWidth(Double.MAX_VALUE);
        phase.setConverter(new StringConverter<>() {
            @Override
            public String toString(Option option) {
                return option == null ? "" : option.label();
            }

            @Override
            public Option fromString(String text) {
                throw new UnsupportedOperationException("phases are chosen, not typed");
            }
        });
        fte.setId("inspector-fte-change-fte");
        fte.setPromptText(I18n.tr("inspector.fteChange.fte"));
        org.modesign.ui.a11y.AccessibleNames.name(fte, I18n.tr("inspector.fteChange.fte"));
        fte.setPrefColumnCount(4);
        fte.setOnAction(e -> setChosen());
        set.setId("inspector-set-fte-change");
        set.setMinWidth(Region.USE_PREF_SIZE);
        set.setOnAction(e -> setChosen());
        remove.setId("inspector-remove-fte-change");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        HBox line = new HBox(6, phase, fte, set);
        HBox.setHgrow(phase, Priority.ALWAYS);
        view = new VBox(6, table, remove, line, error);
    }

    VBox view() {
        return view;
    }

    /** Shows the changes of {@code newRole}. */
    void show(String newScenario, Role newRole, Vocabulary newVocabulary) {
        boolean sameRole = role != null && role.id().equals(newRole.id());
        scenario = newScenario;
        if (!newVocabulary.equals(vocabulary)) {
            vocabulary = newVocabulary;
            List<Option> phases = vocabulary.phaseOptions("").subList(1, vocabulary.phases().size() + 1);
            phase.getItems().setAll(phases);
        }
        if (sameRole && role.fteChanges().equals(newRole.fteChanges())) {
            role = newRole;
            return;
        }
        FteChange selected = sameRole ? table.getSelectionModel().getSelectedItem() : null;
        role = newRole;
        table.getItems().setAll(newRole.fteChanges());
        if (!sameRole) {
            phase.setValue(null);
            fte.clear();
            SmallTable.report(error, Optional.empty());
        } else if (selected != null) {
            newRole.fteChanges().stream().filter(c -> c.phase().equals(selected.phase())).findFirst()
                    .ifPresent(c -> table.getSelectionModel().select(c));
        }
    }

    private void setChosen() {
        Option chosen = phase.getValue();
        Optional<Double> amount = FteText.parse(fte.getText());
        if (chosen == null) {
            SmallTable.report(error, Optional.of(I18n.tr("inspector.fteChange.chooseFirst")));
        } else if (amount.isEmpty()) {
            SmallTable.report(error, Optional.of(I18n.tr("inspector.fte.notNumber")));
        } else {
            SmallTable.report(error, edits.submit(new SetFteChange(scenario, role.id(), chosen.value(), amount.get())));
        }
    }

    private void removeSelected() {
        FteChange selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            SmallTable.report(error, edits.submit(new RemoveFteChange(scenario, role.id(), selected.phase())));
        }
    }
}
