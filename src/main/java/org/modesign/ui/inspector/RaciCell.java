package org.modesign.ui.inspector;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import org.modesign.model.Raci;
import org.modesign.ui.form.Names;
import org.modesign.ui.form.Picks;

/**
 * The letter column of the responsibilities table: a drop-down that is always there, showing the
 * letter, listing "R — Responsible" and the others. Picking a letter hands the row's capability
 * and the letter to {@code change}; letters set by the table itself never count as picks.
 */
final class RaciCell extends TableCell<ResponsibilitiesEditor.Row, Raci> {

    /** The style class of the drop-downs, for tests and themes. */
    static final String STYLE_CLASS = "inspector-raci-choice";

    private final ComboBox<Raci> combo = letterChoice();
    private boolean updating;

    RaciCell(BiConsumer<ResponsibilitiesEditor.Row, Raci> change) {
        combo.getStyleClass().add(STYLE_CLASS);
        combo.setMaxWidth(Double.MAX_VALUE);
        Picks.onPick(combo, () -> updating, letter -> {
            ResponsibilitiesEditor.Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (letter != null && row != null && letter != row.raci()) {
                change.accept(row, letter);
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Raci letter, boolean empty) {
        super.updateItem(letter, empty);
        updating = true;
        try {
            combo.setValue(empty ? null : letter);
        } finally {
            updating = false;
        }
        ResponsibilitiesEditor.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
        combo.setUserData(row == null ? null : row.capability());
        setGraphic(empty ? null : org.modesign.ui.a11y.AccessibleNames.nameByColumn(this, combo));
    }

    /** A drop-down of the four letters, showing the letter alone and listing each with its meaning. */
    static ComboBox<Raci> letterChoice() {
        ComboBox<Raci> choice = new ComboBox<>();
        choice.getItems().setAll(List.of(Raci.values()));
        choice.setCellFactory(list -> new LetterCell(true));
        choice.setButtonCell(new LetterCell(false));
        return choice;
    }

    /** Shows a letter alone (on the button) or with its meaning (in the list). */
    private static final class LetterCell extends ListCell<Raci> {

        private final boolean spelledOut;

        LetterCell(boolean spelledOut) {
            this.spelledOut = spelledOut;
        }

        @Override
        protected void updateItem(Raci letter, boolean empty) {
            super.updateItem(letter, empty);
            setText(empty || letter == null ? null : spelledOut ? Names.of(letter) : letter.code());
        }
    }
}
