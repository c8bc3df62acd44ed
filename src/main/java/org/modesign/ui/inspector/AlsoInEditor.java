package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.edit.LeaveTeam;
import org.modesign.edit.ServeOnTeam;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.ui.form.Edits;
import org.modesign.ui.i18n.I18n;

/**
 * The teams a role or executive also serves on besides its own (a committee, a squad): a short
 * list, "Remove" for the selected team, and a team picker with "Add". The picker lists, when it
 * opens, the scenario's teams that are neither the holder's own nor served on already.
 */
final class AlsoInEditor {

    private static final double ROW_HEIGHT = 28;

    private final Edits edits;
    private final ListView<Option> list = new ListView<>();
    private final ComboBox<Option> team = new ComboBox<>();
    private final Button add = new Button(I18n.tr("inspector.alsoIn.add"), new FontIcon("mdi2p-plus"));
    private final Button remove = new Button(I18n.tr("inspector.alsoIn.remove"), new FontIcon("mdi2d-delete-outline"));
    private final Label error = SmallTable.errorLine("inspector-also-in-error");
    private final VBox view;
    private String scenario;
    private Node holder;
    private List<String> teams = List.of();

    AlsoInEditor(Edits edits) {
        this.edits = edits;
        list.setId("inspector-also-in");
        list.setPlaceholder(SmallTable.placeholder("inspector.alsoIn.none"));
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(list.getItems().size(), 1), 5) * ROW_HEIGHT + 4, list.getItems()));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Option item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        team.setId("inspector-also-in-team");
        team.setPromptText(I18n.tr("inspector.alsoIn.choose"));
        org.modesign.ui.a11y.AccessibleNames.name(team, I18n.tr("inspector.alsoIn.choose"));
        team.setMaxWidth(Double.MAX_VALUE);
        team.setConverter(new StringConverter<>() {
            @Override
            public String toString(Option option) {
                return option == null ? "" : option.label();
            }

            @Override
            public Option fromString(String text) {
                throw new UnsupportedOperationException("teams are chosen, not typed");
            }
        });
        team.setOnShowing(e -> team.getItems().setAll(candidates()));
        add.setId("inspector-add-also-in");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addChosen());
        remove.setId("inspector-remove-also-in");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        HBox line = new HBox(6, team, add);
        HBox.setHgrow(team, Priority.ALWAYS);
        view = new VBox(6, list, remove, line, error);
    }

    VBox view() {
        return view;
    }

    /** Shows the teams {@code newHolder} also serves on, named as in {@code scenarioNow}. */
    void show(Scenario scenarioNow, Node newHolder) {
        List<String> newTeams = newHolder instanceof Role role ? role.alsoIn()
                : newHolder instanceof Executive executive ? executive.alsoIn() : List.of();
        boolean same = holder != null && holder.id().equals(newHolder.id()) && teams.equals(newTeams);
        if (holder == null || !holder.id().equals(newHolder.id())) {
            SmallTable.report(error, java.util.Optional.empty());
            team.setValue(null);
        }
        scenario = scenarioNow.id();
        holder = newHolder;
        teams = newTeams;
        if (same) {
            return;
        }
        List<Option> options = new ArrayList<>(newTeams.size());
        for (String id : newTeams) {
            options.add(new Option(id, scenarioNow.node(id).map(Node::label).orElse(id)));
        }
        list.getItems().setAll(options);
    }

    /** The scenario's teams the holder may join: not its own, not served on already. */
    private List<Option> candidates() {
        List<Option> options = new ArrayList<>();
        Scenario now = edits.context().document().design().scenario(scenario).orElse(null);
        if (now == null) {
            return options;
        }
        String own = holder instanceof Role role ? role.team() : null;
        for (Node node : now.nodes()) {
            if (node instanceof Team t && !t.id().equals(own) && !teams.contains(t.id())) {
                options.add(new Option(t.id(), t.name()));
            }
        }
        return options;
    }

    private void addChosen() {
        Option chosen = team.getValue();
        if (chosen == null) {
            SmallTable.report(error, java.util.Optional.of(I18n.tr("inspector.alsoIn.chooseFirst")));
        } else if (SmallTable.report(error, edits.submit(new ServeOnTeam(scenario, holder.id(), chosen.value())))) {
            team.setValue(null);
        }
    }

    private void removeSelected() {
        Option selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            SmallTable.report(error, edits.submit(new LeaveTeam(scenario, holder.id(), selected.value())));
        }
    }
}
