package org.modesign.ui.stack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.edit.RemoveDeployment;
import org.modesign.edit.SetDeploymentOwner;
import org.modesign.edit.SetDeploymentPhases;
import org.modesign.edit.SetDeploymentRegion;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.ui.base.ControlRefresh;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.form.Picks;
import org.modesign.ui.i18n.I18n;

/**
 * The fields of the deployment chosen on the landscape or in the table: its owner (any card of
 * the scenario, searched by title), the phases it runs from and until, its region, and Remove.
 * Each change is one undoable edit. With no deployment chosen the fields are disabled and it says
 * how to choose one.
 */
final class DeploymentEditor extends HBox {

    /** Where the editor sends the deployment chosen after an edit moved it (a new region) or took it away. */
    interface Selector {
        void select(String tool, String region);
    }

    private final EditorContext context;
    private final Selector selector;
    private final Label name = new Label();
    private final SearchableComboBox<Choice> owner = SearchFields.create("stack-owner", "stack.owner.prompt");
    private final ComboBox<Choice> from = new ComboBox<>();
    private final ComboBox<Choice> until = new ComboBox<>();
    private final ComboBox<Choice> region = new ComboBox<>();
    private final Button remove = new Button(I18n.tr("stack.remove"), new FontIcon("mdi2d-delete-outline"));
    private final FlowPane fields;
    private final ControlRefresh refresh = new ControlRefresh();
    private Map<String, Choice> ownersById = Map.of();
    private List<?> ownersOf;
    private List<?> phasesOf;
    private List<?> regionsOf;
    private StackEntry entry;

    DeploymentEditor(EditorContext context, Selector selector) {
        super(8);
        this.context = context;
        this.selector = selector;
        name.setId("stack-selected-name");
        name.getStyleClass().add("stack-selected-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        from.setId("stack-from");
        until.setId("stack-until");
        region.setId("stack-region");
        remove.setId("stack-remove");
        // its width in em, to grow with the text (modesign.css)
        Picks.onPick(owner, refresh::muted, c -> edit(c, EditField.OWNER));
        Picks.onPick(from, refresh::muted, c -> edit(c, EditField.FROM));
        Picks.onPick(until, refresh::muted, c -> edit(c, EditField.UNTIL));
        Picks.onPick(region, refresh::muted, c -> edit(c, EditField.REGION));
        remove.setOnAction(e -> removeChosen());
        fields = new FlowPane(14, 4, name, pair("stack.selected.owner", owner), pair("stack.selected.from", from),
                pair("stack.selected.until", until), pair("stack.selected.region", region), remove);
        fields.setAlignment(Pos.CENTER_LEFT);
        fields.prefWrapLengthProperty().bind(widthProperty().subtract(20));
        HBox.setHgrow(fields, Priority.ALWAYS);
        remove.setMinWidth(USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("stack-editor");
        getChildren().setAll(fields);
        show(null, null, null, null, null);
    }

    /** A field with its label before it, kept together when the fields wrap. */
    private static HBox pair(String key, javafx.scene.control.Control field) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        field.setMinWidth(Label.USE_PREF_SIZE);
        HBox pair = new HBox(6, label, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private enum EditField { OWNER, FROM, UNTIL, REGION }

    /** Shows the fields of {@code chosen} (null: none chosen) of {@code scenario}; its tool is called {@code toolName}. */
    void show(Design design, Scenario scenario, StackEntry chosen, String toolName, String regionName) {
        entry = chosen;
        for (javafx.scene.control.Control field : new javafx.scene.control.Control[] {owner, from, until, region, remove}) {
            field.setDisable(chosen == null);
        }
        if (chosen == null) {
            name.setText(I18n.tr("stack.selected.none"));
            refresh.quietly(() -> {
                owner.setValue(null);
                from.setValue(null);
                until.setValue(null);
                region.setValue(null);
            });
            return;
        }
        refresh.quietly(() -> {
            if (scenario.nodes() != ownersOf) {
                List<Choice> owners = Choices.owners(scenario);
                Map<String, Choice> byId = new HashMap<>(owners.size() * 2);
                owners.forEach(c -> byId.put(c.id(), c));
                owner.getItems().setAll(owners);
                ownersById = byId;
                ownersOf = scenario.nodes();
            }
            if (design.phases() != phasesOf) {
                from.getItems().setAll(Choices.phases(design));
                until.getItems().setAll(Choices.phases(design));
                phasesOf = design.phases();
            }
            if (design.regions() != regionsOf) {
                region.getItems().setAll(Choices.regions(design));
                regionsOf = design.regions();
            }
            name.setText(I18n.tr("stack.selected.name", toolName, regionName));
            owner.setValue(ownersById.get(chosen.owner()));
            List<Choice> phases = from.getItems();
            from.setValue(chosen.from() == null ? phases.get(0) : Choices.find(phases, chosen.from()));
            until.setValue(chosen.to() == null ? phases.get(phases.size() - 1) : Choices.find(phases, chosen.to()));
            region.setValue(Choices.find(region.getItems(), chosen.region()));
        });
    }

    /** Sends the user's pick of a field as an edit of the deployment shown. */
    private void edit(Choice picked, EditField field) {
        if (entry == null || picked == null) {
            return;
        }
        String scenario = context.document().scenario().id();
        String tool = entry.tool();
        String where = entry.region();
        List<Choice> phases = from.getItems();
        switch (field) {
            case OWNER -> {
                if (!java.util.Objects.equals(picked.id(), entry.owner())) {
                    context.edit(new SetDeploymentOwner(scenario, tool, where, picked.id()));
                }
            }
            case FROM, UNTIL -> {
                String first = phases.get(0).id();
                String last = phases.get(phases.size() - 1).id();
                String newFrom = field == EditField.FROM ? (picked.id().equals(first) ? null : picked.id()) : entry.from();
                String newTo = field == EditField.UNTIL ? (picked.id().equals(last) ? null : picked.id()) : entry.to();
                if (!java.util.Objects.equals(newFrom, entry.from()) || !java.util.Objects.equals(newTo, entry.to())) {
                    if (!context.edit(new SetDeploymentPhases(scenario, tool, where, newFrom, newTo))) {
                        selector.select(tool, where);
                    }
                }
            }
            case REGION -> {
                if (!picked.id().equals(where)) {
                    if (context.edit(new SetDeploymentRegion(scenario, tool, where, picked.id()))) {
                        selector.select(tool, picked.id());
                    } else {
                        selector.select(tool, where);
                    }
                }
            }
        }
    }

    /** Removes the deployment shown, as one undoable edit. */
    void removeChosen() {
        if (entry != null) {
            context.edit(new RemoveDeployment(context.document().scenario().id(), entry.tool(), entry.region()));
        }
    }

    SearchableComboBox<Choice> owner() {
        return owner;
    }

    ComboBox<Choice> from() {
        return from;
    }

    ComboBox<Choice> until() {
        return until;
    }

    ComboBox<Choice> region() {
        return region;
    }

    Button remove() {
        return remove;
    }
}
