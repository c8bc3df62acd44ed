package org.modesign.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.modesign.ui.form.Picks;

/**
 * A drop-down for one value. Picking an entry applies it at once; when the edit is refused the
 * drop-down goes back to the design's value and the reason shows under it. Values set by the
 * inspector itself never count as picks. A null value reads as {@code blank} (e.g. "Mixed" when
 * several cards differ).
 *
 * @param <T> the entries' type
 */
final class Choice<T> extends Field {

    private final ComboBox<T> combo;
    private final Function<T, String> names;
    private Function<T, Node> graphics = item -> null;
    private Function<T, Optional<String>> pick;
    private String blank = "";
    private T shown;
    private boolean updating;

    /** A drop-down naming entries with {@code names}; {@code pick} applies a choice (the reason of a refusal). */
    Choice(String id, Function<T, String> names, Function<T, Optional<String>> pick) {
        this(new ComboBox<>(), id, names, pick);
    }

    private Choice(ComboBox<T> combo, String id, Function<T, String> names, Function<T, Optional<String>> pick) {
        super(id, combo);
        this.combo = combo;
        this.names = names;
        this.pick = pick;
        combo.setCellFactory(list -> new NamedCell());
        combo.setButtonCell(new NamedCell());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? blank : names.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a drop-down of fixed entries reads no text");
            }
        });
        Picks.onPick(combo, () -> updating, this::picked);
    }

    /** Gives every entry an icon. */
    Choice<T> withGraphics(Function<T, Node> newGraphics) {
        graphics = newGraphics;
        combo.setButtonCell(new NamedCell());
        return this;
    }

    /** What a null value reads as. */
    Choice<T> withBlank(String text) {
        blank = text;
        combo.setPromptText(text);
        combo.setButtonCell(new NamedCell());
        return this;
    }

    /** Builds the entries only when the list opens (for lists as long as the scenario's teams). */
    Choice<T> withLazyItems(Supplier<List<T>> items) {
        combo.setOnShowing(e -> setItems(items.get()));
        return this;
    }

    /** Replaces the entries, keeping the shown value. */
    void setItems(List<T> items) {
        if (items.equals(combo.getItems())) {
            return;
        }
        updating = true;
        try {
            combo.getItems().setAll(items);
            combo.setValue(shown);
        } finally {
            updating = false;
        }
    }

    /** Shows the value the design now holds (null: none, or mixed). */
    void show(T value) {
        shown = value;
        updating = true;
        try {
            combo.setValue(value);
        } finally {
            updating = false;
        }
    }

    private void picked(T value) {
        if (value == null || Objects.equals(value, shown)) {
            return;
        }
        Optional<String> refusal = pick.apply(value);
        if (refusal.isPresent()) {
            show(shown);
            showError(refusal.get());
        } else {
            shown = value;
            clearError();
        }
    }

    /** Shows an entry's name and icon (the converter names a value that is not among the entries). */
    private final class NamedCell extends ListCell<T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item == null ? blank : names.apply(item));
                setGraphic(item == null ? null : graphics.apply(item));
            }
        }
    }
}
