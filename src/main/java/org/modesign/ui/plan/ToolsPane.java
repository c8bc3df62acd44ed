package org.modesign.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.modesign.edit.AddTool;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.edit.MoveTool;
import org.modesign.edit.RemoveTool;
import org.modesign.edit.RenameTool;
import org.modesign.edit.SetToolCategory;
import org.modesign.edit.SetToolCost;
import org.modesign.edit.SetToolLayer;
import org.modesign.edit.SetToolServes;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;
import org.modesign.ui.form.ItemTable;
import org.modesign.ui.form.PaneEdits;
import org.modesign.ui.form.TableButtons;
import org.modesign.ui.i18n.I18n;

/**
 * The martech catalogue as a table: name, category, layer and yearly cost edited in place, and
 * the capabilities each tool serves ticked in a drop-down of the catalogue. Buttons add, remove
 * and reorder tools, and add the common kinds of martech tool.
 */
final class ToolsPane extends BorderPane {

    private final PaneEdits edits;
    private final ItemTable<Tool> table = new ItemTable<>("plan-tools", Tool::id);
    private final TableColumn<Tool, String> names;
    private final TableColumn<Tool, String> costs;
    private final Button common;
    private List<Capability> catalogue;
    private String currency;

    ToolsPane(PaneEdits edits) {
        this.edits = edits;
        names = table.nameColumn(I18n.tr("plan.column.name"), Tool::name,
                (t, name) -> edits.submit(new RenameTool(t.id(), name)));
        names.setPrefWidth(280);
        table.choiceColumn(I18n.tr("plan.column.category"), List.of(ToolCategory.values()), Tool::category,
                c -> PlanNames.of("toolCategory", c), (t, c) -> edits.submit(new SetToolCategory(t.id(), c)))
                .setPrefWidth(215);
        table.choiceColumn(I18n.tr("plan.column.layer"), List.of(Layer.values()), Tool::layer,
                l -> PlanNames.of("layer", l), (t, l) -> edits.submit(new SetToolLayer(t.id(), l)))
                .setPrefWidth(135);
        costs = table.valueColumn(I18n.tr("plan.column.cost"), t -> ToolCost.format(t.cost()), this::setCost);
        costs.setStyle("-fx-alignment: CENTER-RIGHT;");
        costs.setPrefWidth(150);
        table.getColumns().add(servesColumn());
        table.textColumn(I18n.tr("plan.column.id"), Tool::id).setPrefWidth(100);
        common = TableButtons.of("plan-tool-common", "plan.button.commonTools", "mdi2p-playlist-plus", this::addCommon);
        common.setTooltip(new Tooltip(I18n.tr("plan.button.commonTools.tip", CommonTools.size())));
        common.getTooltip().setWrapText(true);
        common.getTooltip().setMaxWidth(480);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8,
                TableButtons.of("plan-tool-add", "plan.button.add", "mdi2p-plus", this::add),
                TableButtons.forSelection(table, "plan-tool-remove", "plan.button.remove", "mdi2m-minus", this::remove),
                TableButtons.forSelection(table, "plan-tool-up", "plan.button.up", "mdi2a-arrow-up", () -> move(-1)),
                TableButtons.forSelection(table, "plan-tool-down", "plan.button.down", "mdi2a-arrow-down",
                        () -> move(1)),
                gap, common);
        Label empty = new Label(I18n.tr("plan.tools.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        setCenter(table);
        setBottom(new VBox(8, buttons, edits.message()));
        BorderPane.setMargin(getBottom(), new Insets(8, 0, 0, 0));
    }

    /** The capabilities each tool serves, ticked in a drop-down; its header explains what the ticks are for. */
    private TableColumn<Tool, List<String>> servesColumn() {
        TableColumn<Tool, List<String>> column = new TableColumn<>();
        Label header = new Label(I18n.tr("plan.column.serves"));
        Tooltip tip = new Tooltip(I18n.tr("plan.column.serves.tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        header.setTooltip(tip);
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().capabilities()));
        column.setCellFactory(c -> new ServesCell(() -> design().capabilities(), this::serve));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(300);
        return column;
    }

    /**
     * Shows the tools of {@code design}; the table is drawn again when the capabilities (which the
     * drop-downs list) or the currency changed.
     */
    void show(Design design) {
        boolean changed = table.show(design.tools());
        String shownCurrency = design.settings().currency();
        if (!shownCurrency.equals(currency)) {
            currency = shownCurrency;
            costs.setText(currency.isEmpty() ? I18n.tr("plan.column.cost") : I18n.tr("plan.column.costIn", currency));
        }
        if (design.capabilities() != catalogue) {
            catalogue = design.capabilities();
            table.refresh();
            changed = true;
        }
        if (changed) {
            common.setDisable(CommonTools.missing(design).isEmpty());
        }
    }

    private Design design() {
        return edits.context().document().design();
    }

    /** Ticks and clears capabilities on {@code tool}'s list: one step however many there are. */
    private void serve(Tool tool, Map<String, Boolean> changes) {
        List<EditCommand> ticks = new ArrayList<>();
        changes.forEach((capability, serves) -> ticks.add(new SetToolServes(tool.id(), capability, serves)));
        edits.submit(ticks.size() == 1 ? ticks.get(0)
                : new CompoundCommand(EditText.of(EditKey.SET_TOOL_CAPABILITIES), ticks));
    }

    private void setCost(Tool tool, String text) {
        Optional<Double> cost = ToolCost.parse(text, design().settings().currency());
        if (cost.isEmpty()) {
            edits.refuse(I18n.tr("plan.tool.cost.notNumber", text.strip()));
        } else {
            edits.submit(new SetToolCost(tool.id(), cost.get()));
        }
    }

    private void add() {
        Tool selected = table.getSelectionModel().getSelectedItem();
        ToolCategory category = selected == null ? ToolCategory.ADVERTISING : selected.category();
        AddTool add = AddTool.named(design(), I18n.tr("plan.tool.newName"), category);
        if (edits.submit(add)) {
            table.select(add.tool().id());
            table.editSelected(names);
        }
    }

    private void remove() {
        String id = table.selectedId();
        edits.remove(new RemoveTool(id, false), new RemoveTool(id, true), I18n.tr("plan.tool.remove.title"),
                I18n.tr("plan.tool.remove.question"));
    }

    private void move(int delta) {
        edits.submit(MoveTool.by(design(), table.selectedId(), delta));
    }

    private void addCommon() {
        List<Tool> missing = CommonTools.missing(design());
        if (!missing.isEmpty() && edits.submit(CommonTools.add(missing))) {
            table.select(missing.get(0).id());
        }
    }
}
