package org.modesign.ui.changes;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.modesign.render.ChangeMark;
import org.modesign.ui.i18n.I18n;

/**
 * The list of changes beside the chart: a title, the legend of the marks, a count, the changes
 * grouped as the diff groups them, and a Close button that returns to normal editing.
 */
final class ChangesPanel extends VBox {

    static final double WIDTH = 340;

    private final Label title = new Label();
    private final Label summary = new Label();
    private final ListView<ChangeRow> list = new ListView<>();

    ChangesPanel(Runnable onClose, Consumer<ChangeRow> onPick) {
        setId("changes-panel");
        getStylesheets().add(ChangesPanel.class.getResource("/org/modesign/ui/changes/Changes.css").toExternalForm());
        getStyleClass().add("changes-panel");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setSpacing(8);
        setPadding(new Insets(10));
        title.setId("changes-title");
        title.getStyleClass().add("changes-title");
        title.setWrapText(true);
        Button close = new Button(I18n.tr("changes.close"));
        close.setId("changes-close");
        close.setOnAction(e -> onClose.run());
        close.setMinWidth(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(8, title, close);
        top.setAlignment(Pos.TOP_LEFT);
        summary.setId("changes-summary");
        summary.setWrapText(true);
        list.setId("changes-list");
        title.setLabelFor(list); // the heading names the list for a reader
        list.setCellFactory(v -> new RowCell(list));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !row.heading()) {
                onPick.accept(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(I18n.tr("changes.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("changes-hint");
        getChildren().addAll(top, legend(), summary, list, hint);
    }

    private static HBox legend() {
        HBox legend = new HBox(12);
        legend.setId("changes-legend");
        for (ChangeMark mark : ChangeMark.values()) {
            Label entry = new Label(I18n.tr("changes.legend." + mark.name().toLowerCase(java.util.Locale.ROOT)),
                    ChangeTag.of(mark.glyph(), mark));
            entry.setContentDisplay(ContentDisplay.LEFT);
            legend.getChildren().add(entry);
        }
        return legend;
    }

    /** Shows {@code rows} under {@code heading}, with {@code count} above them. */
    void show(String heading, String count, List<ChangeRow> rows) {
        title.setText(heading);
        summary.setText(count);
        list.getItems().setAll(rows);
    }

    ListView<ChangeRow> list() {
        return list;
    }

    /** A heading in bold, or a change with its tag. */
    private static final class RowCell extends ListCell<ChangeRow> {

        private final Label words = new Label();
        private final HBox line = new HBox(6);

        RowCell(ListView<ChangeRow> list) {
            words.setWrapText(true);
            // wrap to the list's width (less the tag and the scroll bar) instead of widening the list
            words.maxWidthProperty().bind(list.widthProperty().subtract(64));
            words.setMinHeight(Region.USE_PREF_SIZE);
            line.setAlignment(Pos.TOP_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ChangeRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("changes-heading");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            setText(null);
            words.setText(row.text());
            // A reader reads the row's text, which is drawn by its graphic: the kind of change, then the words.
            setAccessibleText(row.heading() || row.mark() == null ? row.text()
                    : I18n.tr("changes.legend." + row.mark().name().toLowerCase(java.util.Locale.ROOT))
                            + I18n.tr("describe.separator") + row.text());
            if (row.heading()) {
                getStyleClass().add("changes-heading");
                line.getChildren().setAll(words);
            } else {
                line.getChildren().setAll(ChangeTag.of(row.sign(), row.mark()), words);
            }
            setGraphic(line);
        }
    }
}
