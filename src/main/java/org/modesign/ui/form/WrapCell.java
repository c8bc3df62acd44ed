package org.modesign.ui.form;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width instead of being cut with "…": the row grows
 * to hold it. For columns of sentences (a problem of a file, a finding).
 */
public final class WrapCell<S> extends TableCell<S, String> {

    /** Room the cell's padding takes from the column's width. */
    private static final double PADDING = 14;

    private final Text text = new Text();

    private WrapCell(TableColumn<S, String> column) {
        text.getStyleClass().add("wrap-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        text.fillProperty().bind(textFillProperty());
        setGraphic(null);
    }

    /** Makes the cells of {@code column} wrap their text. */
    public static <S> void install(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrapCell<>(column));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }
}
