package org.modesign.ui.palette;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.model.NodeType;
import org.modesign.render.ChartTheme;
import org.modesign.ui.base.Look;
import org.modesign.render.Rgb;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.fx.FxColour;

/**
 * The palette on the left: executives, a team and a role of each archetype, each with its icon
 * and colour. Drag an item onto the chart to place it there, or double-click it (or press Enter)
 * to add it in the middle of the view.
 */
public final class PaletteView extends VBox {

    private final ListView<PaletteItem> list = new ListView<>();
    private final LegendView legend = new LegendView();

    /**
     * @param onDragStart told which item the user started to drag (the chart finishes the drag), and
     *                    null when the drag ends
     * @param onActivate  told which item to add in the middle of the view
     */
    public PaletteView(Consumer<PaletteItem> onDragStart, Consumer<PaletteItem> onActivate) {
        setId("palette");
        getStyleClass().add("palette");
        setPadding(new Insets(8));
        setPrefWidth(230);
        setMaxWidth(230);
        setSpacing(6);
        Label title = new Label(I18n.tr("palette.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(I18n.tr("palette.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("text-small", "text-muted");
        list.getItems().setAll(PaletteItem.values());
        list.setId("palette-list");
        title.setLabelFor(list);
        list.setCellFactory(v -> new ItemCell(onDragStart));
        list.setFixedCellSize(30);
        list.setPrefHeight(PaletteItem.values().length * 30 + 4);
        list.setMinHeight(PaletteItem.values().length * 30 + 4);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                onActivate.accept(selected());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                onActivate.accept(selected());
                e.consume();
            }
        });
        VBox.setVgrow(list, javafx.scene.layout.Priority.SOMETIMES);
        getChildren().addAll(title, list, hint, legend);
    }

    /** Draws the legend in {@code look}'s theme and text scale, and again whenever they change (View ▸ Theme, Text Size). */
    public void follow(Look look) {
        Runnable paint = () -> legend.paint(look.chartTheme(), look.textScale());
        paint.run();
        look.chartThemeProperty().addListener((obs, old, now) -> paint.run());
        look.textScaleProperty().addListener((obs, old, now) -> paint.run());
    }

    /** Adds {@code section} (e.g. the tools of the stack) under the palette's items, above the legend. */
    public void addSection(javafx.scene.Node section) {
        getChildren().add(getChildren().size() - 1, section);
    }

    private PaletteItem selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    static Color colour(PaletteItem item) {
        Rgb rgb = item.type() == NodeType.ROLE ? ChartTheme.LIGHT.archetype(item.archetype())
                : item.type() == NodeType.EXECUTIVE ? ChartTheme.LIGHT.office(item.office())
                : ChartTheme.LIGHT.teamBorder();
        return FxColour.of(rgb);
    }

    /** One palette row: a colour swatch with the item's icon, and its name. */
    private static final class ItemCell extends ListCell<PaletteItem> {

        ItemCell(Consumer<PaletteItem> onDragStart) {
            setOnMouseReleased(e -> onDragStart.accept(null));
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    onDragStart.accept(getItem());
                    startFullDrag();
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                setAccessibleText(null);
                return;
            }
            Rectangle swatch = new Rectangle(22, 22, colour(item));
            swatch.setArcWidth(6);
            swatch.setArcHeight(6);
            FontIcon icon = new FontIcon(item.icon());
            icon.setIconSize(14);
            icon.setIconColor(Color.WHITE);
            javafx.scene.layout.StackPane badge = new javafx.scene.layout.StackPane(swatch, icon);
            HBox box = new HBox(8, badge, new Label(I18n.tr(item.labelKey())));
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
            setAccessibleText(I18n.tr(item.labelKey()));
            setId("palette-" + item.name().toLowerCase(java.util.Locale.ROOT));
            setTooltip(item.archetype() == null ? null
                    : org.modesign.ui.form.ArchetypeTips.tooltip(org.modesign.ui.form.ArchetypeTips.of(item.archetype())));
        }
    }
}
