package org.modesign.ui.form;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;

/**
 * When a drop-down's choice counts as made: at once when its value changes while the list is
 * closed, else when the list closes. So browsing the open list with the arrow keys is one edit at
 * the end, not one per key.
 */
public final class Picks {

    private Picks() {
    }

    /**
     * Calls {@code picked} with the value the user settled on (possibly the one shown before, or
     * null), except while {@code ignore} says the program itself is setting the value.
     */
    public static <T> void onPick(ComboBox<T> combo, BooleanSupplier ignore, Consumer<T> picked) {
        combo.valueProperty().addListener((obs, old, value) -> {
            if (!combo.isShowing() && !ignore.getAsBoolean()) {
                picked.accept(value);
            }
        });
        combo.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && !ignore.getAsBoolean()) {
                picked.accept(combo.getValue());
            }
        });
    }
}
