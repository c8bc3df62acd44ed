package org.modesign.ui.form;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

/**
 * A table cell that always shows a drop-down of values (a layer, a scope, an archetype, or the
 * phases of the plan as they are now), so one click changes it. Picking a value hands the row's item and the value to {@code pick}; the
 * drop-down then shows whatever the row holds (the old value when the edit was refused).
 *
 * @param <S> the rows' type
 * @param <E> the values' type
 */
public final class ChoiceCell<S, E> extends TableCell<S, E> {

    private final ComboBox<E> combo = new ComboBox<>();
    private final Supplier<List<E>> values;
    private boolean updating;

    public ChoiceCell(List<E> values, Function<E, String> names, BiConsumer<S, E> pick) {
        this(() -> values, names, pick);
    }

    /** A drop-down of the values {@code values} gives when the cell shows a row (they may change). */
    public ChoiceCell(Supplier<List<E>> values, Function<E, String> names, BiConsumer<S, E> pick) {
        this.values = values;
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("a drop-down of fixed values reads no text");
            }
        });
        Picks.onPick(combo, () -> updating, value -> {
            S row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && value != null && !value.equals(getItem())) {
                pick.accept(row, value);
                show(getItem());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(E item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            show(item);
            setGraphic(org.modesign.ui.a11y.AccessibleNames.nameByColumn(this, combo));
        }
    }

    private void show(E value) {
        updating = true;
        try {
            List<E> now = values.get();
            if (!combo.getItems().equals(now)) {
                combo.getItems().setAll(now);
            }
            combo.setValue(null); // so that a renamed value (a phase) shows its new name
            combo.setValue(value);
        } finally {
            updating = false;
        }
    }
}
