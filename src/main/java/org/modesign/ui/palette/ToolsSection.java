package org.modesign.ui.palette;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.render.StackPainter;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.fx.FxColour;
import org.modesign.ui.fx.GraphicCells;

/**
 * The palette's tools: the deployments of the scenario's stack in the phase shown, each a chip in
 * its category's colour with its region and its owner (those without one marked). Drag one onto
 * a card of the chart to make that card its owner. Follows every edit, the scenario and the
 * phase; the list is rebuilt only when the stack, the cards or the phase changed.
 */
public final class ToolsSection extends TitledPane {

    /** A usual row, to size the list: two lines of a tool's name and one of its region and owner. */
    private static final double ROW = 62;
    private static final int ROWS_SHOWN = 7;

    private final EditorContext context;
    private final ListView<ToolItem> list = new ListView<>();
    private final Label empty = new Label();
    private final VBox content;
    private final Label phaseLine = new Label();
    private Object shownStack;
    private Object shownNodes;
    private Object shownPhase = this;
    private Design shownDesign;

    /** @param onDragStart told which deployment the user started to drag (the chart finishes the drag), null when it ends */
    public ToolsSection(EditorContext context, Consumer<ToolDrag> onDragStart) {
        this.context = context;
        setId("palette-tools");
        list.setId("palette-tools-list");
        org.modesign.ui.a11y.AccessibleNames.name(list, I18n.tr("palette.tools.title"));
        list.setCellFactory(v -> new ToolCell(onDragStart));
        list.setPrefHeight(ROWS_SHOWN * ROW + 4);
        list.setMinHeight(2 * ROW + 4);
        empty.setWrapText(true);
        empty.getStyleClass().addAll("text-small", "text-muted");
        Label hint = new Label(I18n.tr("palette.tools.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("text-small", "text-muted");
        list.setPrefWidth(170);
        list.setMinWidth(0);
        phaseLine.getStyleClass().addAll("text-small", "text-muted");
        phaseLine.setWrapText(true);
        phaseLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        content = new VBox(4, phaseLine, list, hint);
        content.setPadding(new Insets(0));
        content.setMinWidth(0);
        setMinWidth(0);
        VBox.setVgrow(list, Priority.SOMETIMES);
        setContent(content);
        setExpanded(true);
        DocumentModel document = context.document();
        document.designProperty().addListener((obs, old, d) -> update());
        document.scenarioIdProperty().addListener((obs, old, id) -> update());
        document.phaseIdProperty().addListener((obs, old, id) -> update());
        sceneProperty().addListener((obs, old, scene) -> update());
        update();
    }

    private void update() {
        // Beside the other views the palette is out of the window: it catches up when shown again.
        if (getScene() == null) {
            return;
        }
        DocumentModel document = context.document();
        Design design = document.design();
        Scenario scenario = document.scenario();
        Phase phase = document.phase();
        String phaseId = phase == null ? null : phase.id();
        boolean sameDesignPhases = shownDesign != null && shownDesign.phases() == design.phases()
                && shownDesign.tools() == design.tools() && shownDesign.regions() == design.regions();
        if (sameDesignPhases && scenario.stack() == shownStack && scenario.nodes() == shownNodes
                && java.util.Objects.equals(phaseId, shownPhase)) {
            return;
        }
        shownDesign = design;
        shownStack = scenario.stack();
        shownNodes = scenario.nodes();
        shownPhase = phaseId;
        List<ToolItem> items = ToolItems.of(design, scenario, phase);
        list.getItems().setAll(items);
        setText(I18n.tr("palette.tools.title"));
        phaseLine.setText(phase == null ? I18n.tr("palette.tools.phase.all") : I18n.tr("palette.tools.phase", phase.name()));
        boolean none = items.isEmpty();
        empty.setText(design.tools().isEmpty() ? I18n.tr("palette.tools.noCatalogue") : I18n.tr("palette.tools.none"));
        content.getChildren().set(1, none ? empty : list);
        list.setPrefHeight(Math.min(ROWS_SHOWN, Math.max(2, items.size())) * ROW + 4);
    }


    /**
     * One deployment: a chip in its category's colour, the tool and region, and the owner or "No
     * owner", every word whole (a long name wraps onto a third line rather than end in "…").
     */
    private static final class ToolCell extends ListCell<ToolItem> {

        ToolCell(Consumer<ToolDrag> onDragStart) {
            // The row's width goes to its words, which wrap to it (their height: computePrefHeight).
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
            setOnMouseReleased(e -> onDragStart.accept(null));
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    onDragStart.accept(getItem().drag());
                    startFullDrag();
                    e.consume();
                }
            });
        }

        /** As tall as the words need at the width the list gives them ({@link GraphicCells}). */
        @Override
        protected double computePrefHeight(double width) {
            double height = GraphicCells.prefHeight(this, width);
            return Double.isNaN(height) ? super.computePrefHeight(width) : height;
        }

        @Override
        protected void updateItem(ToolItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setId(null);
                setAccessibleText(null);
                return;
            }
            Rectangle chip = new Rectangle(8, 40, FxColour.of(StackPainter.CATEGORY_COLOURS.get(item.category())));
            chip.setArcWidth(4);
            chip.setArcHeight(4);
            Label name = new Label(item.toolName());
            Label owner = new Label(I18n.tr("palette.tools.item", item.regionName(),
                    item.ownerTitle() == null ? I18n.tr("palette.tools.noOwner") : item.ownerTitle()));
            name.setMinWidth(0);
            name.setWrapText(true); // whole, on as many lines as it takes: rows are as tall as their words
            name.setMinHeight(Region.USE_PREF_SIZE);
            owner.setMinWidth(0);
            owner.setWrapText(true);
            owner.setMinHeight(Region.USE_PREF_SIZE);
            owner.getStyleClass().add("text-small");
            if (item.ownerTitle() == null) {
                owner.getStyleClass().add("tools-no-owner"); // the theme's warning colour (modesign.css)
            } else {
                owner.getStyleClass().add("text-muted");
            }
            VBox words = new VBox(0, name, owner);
            words.setMinWidth(0);
            words.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
            HBox box = new HBox(8, chip, words);
            box.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setAccessibleText(org.modesign.ui.a11y.AccessibleNames.readOut(box));
            setTooltip(new Tooltip(I18n.tr("palette.tools.tooltip", item.toolName(), item.regionName())));
            setId("palette-tool-" + item.tool() + "-" + item.region());
        }
    }
}
