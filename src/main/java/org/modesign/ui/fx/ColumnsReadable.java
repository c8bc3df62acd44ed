package org.modesign.ui.fx;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Keeps a table readable where it shares its width among its columns (a constrained resize
 * policy) and its cells wrap: no column narrows below its heading, nor below the longest word of
 * the cells shown (a word would be broken across lines: "automatio / n"), nor below the whole text
 * of a cell that does not wrap (an amount), nor below the longest choice of a drop-down in a
 * cell. Measured in the table's own fonts, which grow with the text size.
 */
public final class ColumnsReadable {

    private ColumnsReadable() {
    }

    /** After each layout of {@code table}, sets each column's least width to what it must show whole. */
    public static void keep(TableView<?> table) {
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fit(table);
            }
        });
    }

    private static void fit(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Double> least = new HashMap<>();
        Text measure = new Text();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label heading) {
                least.merge(header.getTableColumn(), heading.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset(), Math::max);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.isVisible()) {
                double content = content(cell, measure);
                if (content > 0) {
                    least.merge(cell.getTableColumn(), content + cell.snappedLeftInset() + cell.snappedRightInset(),
                            Math::max);
                }
            }
        }
        least.forEach((column, width) -> {
            double w = Math.ceil(width);
            if (Math.abs(column.getMinWidth() - w) > 0.5) {
                column.setMinWidth(w);
            }
        });
    }

    /**
     * The width of what {@code cell} must show whole: its drop-down, or its text's longest word (all of
     * it when it does not wrap) beside its graphic; 0 for nothing.
     */
    private static double content(TableCell<?, ?> cell, Text measure) {
        if (cell.getGraphic() instanceof ComboBox<?> choice) {
            return choice.prefWidth(-1);
        }
        if (cell.getText() == null || cell.getText().isBlank()) {
            return 0;
        }
        measure.setFont(cell.getFont());
        double widest = 0;
        for (String word : cell.isWrapText() ? cell.getText().split("\\s+") : new String[] {cell.getText()}) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap();
        return widest + graphic + 2;
    }
}
