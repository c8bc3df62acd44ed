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
import java.util.HashMap;
import java.util.Map;
import org.modesign.edit.EditCommand;
import org.modesign.edit.SetExecutiveResponsibility;
import org.modesign.edit.SetLetter;
import org.modesign.edit.SetLetterSpan;
import org.modesign.edit.SetResponsibility;
import org.modesign.model.Capability;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.ui.form.Edits;
import org.modesign.ui.i18n.I18n;

/**
 * The responsibilities of a role or an executive: a table of capability, RACI letter (changed in
 * place) and the phases the letter holds in; "Remove" for the selected letter and, under it, the
 * selected letter's "from" and "until" phases; and a line to add a capability the holder does
 * not hold yet with a letter. A capability already held cannot be added a second time.
 */
final class ResponsibilitiesEditor {

    /** One responsibility as the table shows it. */
    record Row(String capability, String name, Raci raci, int occurrence, String from, String to, String span) {

        /** A letter that holds in every phase of its holder. */
        Row(String capability, String name, Raci raci) {
            this(capability, name, raci, 0, null, null, "");
        }

        boolean same(Row other) {
            return other != null && capability.equals(other.capability) && occurrence == other.occurrence;
        }
    }

    /** Two lines of a capability's name. */
    private static final double ROW_HEIGHT = 44;
    /** Room for the column headers (the theme makes them taller than a row) and the borders. */
    private static final double HEADER_HEIGHT = 46;
    private static final int MAX_VISIBLE_ROWS = 8;
    /** Room for a letter and the picker's arrow: the letter is never cut. */
    private static final double LETTER_WIDTH = 84;

    private final Edits edits;
    private final TableView<Row> table = new TableView<>();
    private final ComboBox<Capability> capability = new ComboBox<>();
    private final ComboBox<Raci> letter = RaciCell.letterChoice();
    private final Button add = new Button(I18n.tr("inspector.raci.add"), new FontIcon("mdi2p-plus"));
    private final Button remove = new Button(I18n.tr("inspector.raci.remove"), new FontIcon("mdi2d-delete-outline"));
    private final Label error = new Label();
    private final Choice<Option> spanFrom;
    private final Choice<Option> spanTo;
    private final VBox view;
    private String scenario;
    private Node holder;
    private List<Responsibility> letters = List.of();
    private Vocabulary vocabulary;
    private List<Option> fromOptions = List.of();
    private List<Option> toOptions = List.of();
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox letterLine = new HBox(6, letter, gap, add);
        VBox addLine = new VBox(6, capability, letterLine);
        spanFrom = new Choice<>("inspector-letter-from", Option::label, option -> sendSpan(option.value(), true));
        spanTo = new Choice<>("inspector-letter-to", Option::label, option -> sendSpan(option.value(), false));
        VBox fromBox = labelled("inspector.field.letterFrom", spanFrom);
        VBox toBox = labelled("inspector.field.letterTo", spanTo);
        HBox span = new HBox(6, fromBox, toBox);
        HBox.setHgrow(fromBox, Priority.ALWAYS);
        HBox.setHgrow(toBox, Priority.ALWAYS);
        span.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> showSpan(row));
        view = new VBox(6, table, remove, span, addLine, error);
    }

    private static VBox labelled(String key, Field field) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setLabelFor(field.control());
        label.setMinWidth(0);
        return new VBox(3, label, field.view());
    }

    VBox view() {
        return view;
    }

    private void buildTable() {
        table.setId("inspector-raci-table");
        table.setEditable(false);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(SmallTable.placeholder("inspector.raci.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> SmallTable.visibleRows(table.getItems().size(), MAX_VISIBLE_ROWS) * ROW_HEIGHT + HEADER_HEIGHT,
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
        TableColumn<Row, String> span = new TableColumn<>(I18n.tr("inspector.raci.phases"));
        span.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().span()));
        span.setCellFactory(column -> new NameCell());
        span.setSortable(false);
        span.setMinWidth(60);
        span.setMaxWidth(90);
        table.getColumns().add(name);
        table.getColumns().add(raci);
        table.getColumns().add(span);
    }

    private void buildAddLine() {
        capability.setId("inspector-add-capability");
        capability.setPromptText(I18n.tr("inspector.raci.choose"));
        org.modesign.ui.a11y.AccessibleNames.name(capability, I18n.tr("inspector.raci.capability"));
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
        org.modesign.ui.a11y.AccessibleNames.name(letter, I18n.tr("inspector.raci.letter"));
        letter.setValue(Raci.R);
        letter.setMinWidth(LETTER_WIDTH);
        letter.setPrefWidth(LETTER_WIDTH);
        add.setId("inspector-add-responsibility");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addChosen());
    }

    /** Shows the letters of {@code newHolder}, a role or an executive; rows are rebuilt only when they changed. */
    void show(String newScenario, Node newHolder, Vocabulary newVocabulary) {
        List<Responsibility> newLetters = lettersOf(newHolder);
        boolean same = holder != null && holder.id().equals(newHolder.id()) && letters.equals(newLetters)
                && newVocabulary.equals(vocabulary);
        scenario = newScenario;
        holder = newHolder;
        letters = newLetters;
        if (!newVocabulary.equals(vocabulary)) {
            fromOptions = newVocabulary.phaseOptions(I18n.tr("inspector.phase.first"));
            toOptions = newVocabulary.phaseOptions(I18n.tr("inspector.phase.last"));
            spanFrom.setItems(fromOptions);
            spanTo.setItems(toOptions);
        }
        vocabulary = newVocabulary;
        if (same) {
            return;
        }
        table.setPlaceholder(SmallTable.placeholder(newHolder instanceof Executive
                ? "inspector.raci.noneExecutive" : "inspector.raci.none"));
        Row selected = table.getSelectionModel().getSelectedItem();
        Row keep = selectNext != null ? new Row(selectNext, "", Raci.R) : selected;
        selectNext = null;
        List<Row> rows = new ArrayList<>(newLetters.size());
        Map<String, Integer> occurrences = new HashMap<>();
        for (Responsibility r : newLetters) {
            int occurrence = occurrences.merge(r.capability(), 1, Integer::sum) - 1;
            rows.add(new Row(r.capability(), vocabulary.capabilityName(r.capability()), r.raci(), occurrence,
                    r.from(), r.to(), spanText(r)));
        }
        table.getItems().setAll(rows);
        rows.stream().filter(row -> row.same(keep)).findFirst()
                .ifPresentOrElse(row -> table.getSelectionModel().select(row), () -> showSpan(null));
    }

    private static List<Responsibility> lettersOf(Node holder) {
        if (holder instanceof Role role) {
            return role.responsibilities();
        }
        return holder instanceof Executive executive ? executive.responsibilities() : List.of();
    }

    /** "Foundation – Scale", "from Foundation", "until Scale", or nothing for a letter of every phase. */
    private String spanText(Responsibility r) {
        if (r.from() == null && r.to() == null) {
            return "";
        }
        if (r.to() == null) {
            return I18n.tr("inspector.raci.spanFrom", vocabulary.phaseName(r.from()));
        }
        if (r.from() == null) {
            return I18n.tr("inspector.raci.spanTo", vocabulary.phaseName(r.to()));
        }
        return I18n.tr("inspector.raci.span", vocabulary.phaseName(r.from()), vocabulary.phaseName(r.to()));
    }

    private void showSpan(Row row) {
        spanFrom.clearError();
        spanTo.clearError();
        spanFrom.show(row == null ? null : Option.find(fromOptions, row.from()));
        spanTo.show(row == null ? null : Option.find(toOptions, row.to()));
    }

    /** Sets the selected letter's first ({@code first}) or last phase; the reason when refused. */
    private Optional<String> sendSpan(String phase, boolean first) {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return Optional.of(I18n.tr("inspector.raci.selectFirst"));
        }
        selectNext = null;
        return edits.submit(new SetLetterSpan(scenario, holder.id(), row.capability(), row.occurrence(),
                first ? phase : row.from(), first ? row.to() : phase));
    }

    /** The catalogue's capabilities the role holds no letter on, in catalogue order. */
    private List<Capability> notHeld() {
        List<Capability> free = new ArrayList<>();
        for (Capability c : vocabulary.capabilities()) {
            if (!held(c.id())) {
                free.add(c);
            }
        }
        return free;
    }

    private void addChosen() {
        Capability chosen = capability.getValue();
        if (chosen == null) {
            showError(I18n.tr("inspector.raci.chooseFirst"));
        } else if (held(chosen.id())) {
            showError(I18n.tr("inspector.raci.duplicate", chosen.name()));
        } else if (send(chosen.id(), letter.getValue())) {
            selectNext = chosen.id();
            capability.setValue(null);
        }
    }

    private boolean held(String capabilityId) {
        return letters.stream().anyMatch(r -> r.capability().equals(capabilityId));
    }

    private void removeSelected() {
        Row selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            report(edits.submit(new SetLetter(scenario, holder.id(), selected.capability(), selected.occurrence(), null)));
        }
    }

    private void changeLetter(Row row, Raci raci) {
        if (!report(edits.submit(new SetLetter(scenario, holder.id(), row.capability(), row.occurrence(), raci)))) {
            table.refresh();
        }
    }

    /** Adds a letter on a capability not held yet; false, with the reason shown, when refused. */
    private boolean send(String capabilityId, Raci raci) {
        EditCommand command = holder instanceof Executive
                ? new SetExecutiveResponsibility(scenario, holder.id(), capabilityId, raci)
                : new SetResponsibility(scenario, holder.id(), capabilityId, raci);
        return report(edits.submit(command));
    }

    private boolean report(Optional<String> refusal) {
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
        NameCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty ? null : name);
            setTooltip(empty || name == null ? null : new Tooltip(name));
        }
    }
}
