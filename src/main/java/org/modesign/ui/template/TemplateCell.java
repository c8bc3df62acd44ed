package org.modesign.ui.template;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A row of the template list: the chart's thumbnail beside the name, the description and the facts. */
final class TemplateCell extends ListCell<TemplateEntry> {

    private static final double GAP = 12;
    /** The list's padding, the cell's and the scroll bar's. */
    private static final double TEXT_MARGIN = 48;

    private final Thumbnail thumbnail = new Thumbnail();
    private final Label name = new Label();
    private final Label description = new Label();
    private final Label facts = new Label();
    private final HBox row;

    /** A cell of {@code list}, whose text wraps at the list's width. */
    TemplateCell(ListView<TemplateEntry> list) {
        name.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TITLE_4);
        description.setWrapText(true);
        facts.setWrapText(true);
        facts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox text = new VBox(4, name, description, facts);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(GAP, thumbnail.canvas(), text);
        row.setPadding(new Insets(4, 0, 4, 0));
        // Wrapped labels measure their height at their preferred width: give them the width they get
        // (from the list's width, which is steady, not the cell's, which the list sets while it lays out).
        var textWidth = list.widthProperty().subtract(Thumbnail.WIDTH + GAP + TEXT_MARGIN);
        for (Label label : new Label[] {name, description, facts}) {
            label.prefWidthProperty().bind(textWidth);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        setPrefWidth(0); // the list's width decides, not the text's: no horizontal scroll bar
    }

    @Override
    protected void updateItem(TemplateEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setAccessibleText(null);
            setId(null);
            return;
        }
        name.setText(entry.name());
        description.setText(entry.description());
        facts.setText(String.join("\n", FactsText.lines(entry.facts())));
        thumbnail.paint(entry.chart());
        setId("template-" + entry.template().id());
        setGraphic(row);
        setAccessibleText(org.modesign.ui.a11y.AccessibleNames.readOut(row));
    }
}
