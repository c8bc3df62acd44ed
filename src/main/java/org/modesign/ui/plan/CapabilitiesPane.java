package org.modesign.ui.plan;

import java.util.List;
import java.util.OptionalDouble;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.modesign.edit.AddCapabilities;
import org.modesign.edit.AddCapability;
import org.modesign.edit.MoveCapability;
import org.modesign.edit.RemoveCapability;
import org.modesign.edit.RenameCapability;
import org.modesign.edit.SetCapabilityArchetype;
import org.modesign.edit.SetCapabilityLayer;
import org.modesign.edit.SetCapabilityScope;
import org.modesign.edit.SetNeedsTool;
import org.modesign.starter.StandardCatalogue;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Scope;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.form.ItemTable;
import org.modesign.ui.form.TableButtons;
import org.modesign.ui.form.PaneEdits;

/**
 * The capability catalogue as a table: name, layer, scope and default archetype edited in place,
 * the survey share of each standard task as a hint, and buttons to add, remove, reorder and add
 * the standard MOps catalogue.
 */
final class CapabilitiesPane extends BorderPane {

    private final PaneEdits edits;
    private final ItemTable<Capability> table = new ItemTable<>("plan-capabilities", Capability::id);
    private final TableColumn<Capability, String> names;
    private final Button standard;

    CapabilitiesPane(PaneEdits edits) {
        this.edits = edits;
        names = table.nameColumn(I18n.tr("plan.column.name"), Capability::name,
                (c, name) -> edits.submit(new RenameCapability(c.id(), name)));
        names.setPrefWidth(360);
        table.choiceColumn(I18n.tr("plan.column.layer"), List.of(Layer.values()), Capability::layer,
                l -> PlanNames.of("layer", l), (c, l) -> edits.submit(new SetCapabilityLayer(c.id(), l)))
                .setPrefWidth(135);
        table.choiceColumn(I18n.tr("plan.column.scope"), List.of(Scope.values()), Capability::scope,
                s -> PlanNames.of("scope", s), (c, s) -> edits.submit(new SetCapabilityScope(c.id(), s)))
                .setPrefWidth(135);
        table.choiceColumn(I18n.tr("plan.column.archetype"), List.of(Archetype.values()), Capability::archetype,
                a -> PlanNames.of("archetype", a), (c, a) -> edits.submit(new SetCapabilityArchetype(c.id(), a)))
                .setPrefWidth(165);
        table.checkColumn(I18n.tr("plan.column.needsTool"), Capability::needsTool,
                (c, needs) -> edits.submit(new SetNeedsTool(c.id(), needs))).setPrefWidth(110);
        TableColumn<Capability, String> share = table.textColumn(I18n.tr("plan.column.share"), CapabilitiesPane::share);
        share.setStyle("-fx-alignment: CENTER-RIGHT;");
        share.setPrefWidth(120);
        Label shareHeader = new Label(share.getText());
        shareHeader.setTooltip(new Tooltip(I18n.tr("plan.column.share.tip")));
        share.setGraphic(shareHeader);
        share.setText("");
        table.textColumn(I18n.tr("plan.column.id"), Capability::id).setPrefWidth(150);
        standard = TableButtons.of("plan-capability-standard", "plan.button.standard", "mdi2p-playlist-plus",
                this::addStandard);
        standard.setTooltip(new Tooltip(I18n.tr("plan.button.standard.tip")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8,
                TableButtons.of("plan-capability-add", "plan.button.add", "mdi2p-plus", this::add),
                TableButtons.forSelection(table, "plan-capability-remove", "plan.button.remove", "mdi2m-minus",
                        this::remove),
                TableButtons.forSelection(table, "plan-capability-up", "plan.button.up", "mdi2a-arrow-up",
                        () -> move(-1)),
                TableButtons.forSelection(table, "plan-capability-down", "plan.button.down", "mdi2a-arrow-down",
                        () -> move(1)),
                gap, standard);
        setCenter(table);
        setBottom(new VBox(8, buttons, edits.message()));
        BorderPane.setMargin(getBottom(), new Insets(8, 0, 0, 0));
    }

    /** Shows the catalogue of {@code design}; nothing happens when it is the one shown (an edit of the chart). */
    void show(Design design) {
        if (table.show(design.capabilities())) {
            standard.setDisable(AddCapabilities.missing(design, standardCatalogue()).capabilities().isEmpty());
        }
    }

    private static String share(Capability capability) {
        OptionalDouble share = StandardCatalogue.sharePercent(capability.id());
        return share.isPresent() ? I18n.tr("plan.share", share.getAsDouble()) : "";
    }

    private Design design() {
        return edits.context().document().design();
    }

    private void add() {
        AddCapability add = AddCapability.named(design(), I18n.tr("plan.capability.newName"), Layer.PLATFORM,
                Scope.GLOBAL, Archetype.MAESTRO);
        if (edits.submit(add)) {
            table.select(add.capability().id());
            table.editSelected(names);
        }
    }

    private void remove() {
        String id = table.selectedId();
        edits.remove(new RemoveCapability(id, false),
                new RemoveCapability(id, true), I18n.tr("plan.capability.remove.title"),
                I18n.tr("plan.capability.remove.question"));
    }

    private void move(int delta) {
        edits.submit(MoveCapability.by(design(), table.selectedId(), delta));
    }

    private void addStandard() {
        edits.submit(AddCapabilities.missing(design(), standardCatalogue()));
    }

    /** The standard catalogue named in the editor's language. */
    private static List<Capability> standardCatalogue() {
        return StandardCatalogue.capabilities(I18n.language().locale());
    }
}
