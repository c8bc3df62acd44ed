package org.modesign.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.edit.SetResponsibility;
import org.modesign.model.Capability;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.ui.form.Edits;
import org.modesign.ui.i18n.I18n;

/**
 * A role's responsibilities: a table of capability and RACI letter (the letter can be changed in
 * place), "Remove" for the selected row, and a line to add a capability the role does not hold
 * yet with a letter. A capability the role already holds cannot be added a second time.
 */
final class ResponsibilitiesEditor {

    /** One responsibility as the table shows it. */
    record Row(String capability, String name, Raci raci) {
    }

    private static final double ROW_HEIGHT = 32;
    /** Room for the column headers (the theme makes them taller than a row) and the borders. */
    private static final double HEADER_HEIGHT = 46;
    private static final int MAX_VISIBLE_ROWS = 8;

    private final Edits edits;
    private final TableView<Row> table = new TableView<>();
    private final ComboBox<Capability> capability = new ComboBox<>();
    private final ComboBox<Raci> letter = RaciCell.letterChoice();
    private final Button add = new Button(I18n.tr("inspector.raci.add"), new FontIcon("mdi2p-plus"));
    private final Button remove = new Button(I18n.tr("inspector.raci.remove"), new FontIcon("mdi2d-delete-outline"));
    private final Label error = new Label();
    private final VBox view;
    private String scenario;
    private Role role;
    private Vocabulary vocabulary;
    private String selectNext;

    ResponsibilitiesEditor(Edits edits) {
        this.edits = edits;
        buildTable();
        buildAddLine();
        remove.setId("inspector-remove-responsibility");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        error.setId("inspector-raci-error");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        HBox addLine = new HBox(6, capability, letter, add);
        HBox.setHgrow(capability, Priority.ALWAYS);
        view = new VBox(6, table, remove, addLine, error);
    }

    VBox view() {
        return view;
    }

    private void buildTable() {
        table.setId("inspector-raci-table");
        table.setEditable(false);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(I18n.tr("inspector.raci.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(table.getItems().size(), 1), MAX_VISIBLE_ROWS) * ROW_HEIGHT + HEADER_HEIGHT,
                table.getItems()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        TableColumn<Row, String> name = new TableColumn<>(I18n.tr("inspector.raci.capability"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setCellFactory(column -> new NameCell());
        name.setSortable(false);
        TableColumn<Row, Raci> raci = new TableColumn<>(I18n.tr("inspector.raci.letter"));
        raci.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().raci()));
        raci.setCellFactory(column -> new RaciCell(this::changeLetter));
        raci.setSortable(false);
        raci.setMinWidth(80);
        raci.setMaxWidth(80);
        table.getColumns().add(name);
        table.getColumns().add(raci);
    }

    private void buildAddLine() {
        capability.setId("inspector-add-capability");
        capability.setPromptText(I18n.tr("inspector.raci.choose"));
        capability.setMaxWidth(Double.MAX_VALUE);
        capability.setConverter(new StringConverter<>() {
            @Override
            public String toString(Capability item) {
                return item == null ? "" : item.name();
            }

            @Override
            public Capability fromString(String text) {
                throw new UnsupportedOperationException("capabilities are chosen, not typed");
            }
        });
        capability.setOnShowing(e -> capability.getItems().setAll(notHeld()));
        letter.setId("inspector-add-raci");
        letter.setValue(Raci.R);
        add.setId("inspector-add-responsibility");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addChosen());
    }

    /** Shows the responsibilities of {@code newRole}; rows are rebuilt only when they changed. */
    void show(String newScenario, Role newRole, Vocabulary newVocabulary) {
        boolean same = role != null && role.id().equals(newRole.id())
                && role.responsibilities().equals(newRole.responsibilities()) && newVocabulary.equals(vocabulary);
        scenario = newScenario;
        role = newRole;
        vocabulary = newVocabulary;
        if (same) {
            return;
        }
        Row selected = table.getSelectionModel().getSelectedItem();
        String keep = selectNext != null ? selectNext : selected == null ? null : selected.capability();
        selectNext = null;
        List<Row> rows = new ArrayList<>(newRole.responsibilities().size());
        for (Responsibility r : newRole.responsibilities()) {
            rows.add(new Row(r.capability(), vocabulary.capabilityName(r.capability()), r.raci()));
        }
        table.getItems().setAll(rows);
        rows.stream().filter(row -> row.capability().equals(keep)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
    }

    /** The catalogue's capabilities the role holds no letter on, in catalogue order. */
    private List<Capability> notHeld() {
        List<Capability> free = new ArrayList<>();
        for (Capability c : vocabulary.capabilities()) {
            if (role.raciFor(c.id()).isEmpty()) {
                free.add(c);
            }
        }
        return free;
    }

    private void addChosen() {
        Capability chosen = capability.getValue();
        if (chosen == null) {
            showError(I18n.tr("inspector.raci.chooseFirst"));
        } else if (role.raciFor(chosen.id()).isPresent()) {
            showError(I18n.tr("inspector.raci.duplicate", chosen.name()));
        } else if (send(chosen.id(), letter.getValue())) {
            selectNext = chosen.id();
            capability.setValue(null);
        }
    }

    private void removeSelected() {
        Row selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            send(selected.capability(), null);
        }
    }

    private void changeLetter(String capabilityId, Raci raci) {
        if (!send(capabilityId, raci)) {
            table.refresh();
        }
    }

    /** Sets (or with null removes) a letter; false, with the reason shown, when refused. */
    private boolean send(String capabilityId, Raci raci) {
        Optional<String> refusal = edits.submit(new SetResponsibility(scenario, role.id(), capabilityId, raci));
        refusal.ifPresentOrElse(this::showError, this::clearError);
        return refusal.isEmpty();
    }

    private void showError(String reason) {
        error.setText(reason);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    /** A capability's name, with the whole name in a tooltip since the column is narrow. */
    private static final class NameCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty ? null : name);
            setTooltip(empty || name == null ? null : new Tooltip(name));
        }
    }
}
