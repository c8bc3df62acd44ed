package org.modesign.ui.inspector;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field for one value that commits on Enter or when it loses focus, not on every key;
 * Escape puts the shown value back. Text that does not parse, or that the edit refuses, stays in
 * the field with the reason under it, and the design is left as it was.
 *
 * <p>{@link #show} leaves the text (and so the caret) alone when it already reads as the new
 * value, as after the field's own edit, and while the user is typing over an unchanged value. An
 * Escape with nothing to put back is left to the inspector (which goes back to the chart).
 *
 * @param <T> the value's type, e.g. {@code String} for a title or {@code Double} for an FTE
 */
final class TextEntry<T> extends Field {

    private final TextField field;
    private final Function<String, Optional<T>> parse;
    private final String parseError;
    private final Function<T, String> format;
    private final Function<T, Optional<String>> commit;
    private T shown;
    private boolean showing;

    /**
     * @param parse the value a text stands for, or empty when it stands for none
     * @param parseError the reason shown for a text that does not parse
     * @param commit applies a new value; the reason when that was refused
     */
    TextEntry(String id, Function<String, Optional<T>> parse, String parseError, Function<T, String> format,
            Function<T, Optional<String>> commit) {
        this(new TextField(), id, parse, parseError, format, commit);
    }

    private TextEntry(TextField field, String id, Function<String, Optional<T>> parse, String parseError,
            Function<T, String> format, Function<T, Optional<String>> commit) {
        super(id, field);
        this.field = field;
        this.parse = parse;
        this.parseError = parseError;
        this.format = format;
        this.commit = commit;
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && hasPending()) {
                revert();
                e.consume(); // else the Escape goes on up: the inspector's goes back to the chart
            }
        });
    }

    /** A text entry whose value is the text itself, without surrounding blanks. */
    static TextEntry<String> ofText(String id, Function<String, Optional<String>> commit) {
        return new TextEntry<>(id, text -> Optional.of(text.strip()), "", Function.identity(), commit);
    }

    /** Shows the value the design now holds. */
    void show(T value) {
        boolean changed = !showing || !Objects.equals(value, shown);
        shown = value;
        showing = true;
        if (!changed || parse.apply(field.getText()).filter(value::equals).isPresent()) {
            return;
        }
        field.setText(format.apply(value));
        clearError();
    }

    /** Whether the field holds typing not committed, or a refused entry: what Escape puts back. */
    private boolean hasPending() {
        return showing && !field.getText().equals(format.apply(shown)) || isShowingError();
    }

    /** Puts the shown value back and forgets the error. */
    void revert() {
        field.setText(format.apply(shown));
        field.positionCaret(field.getText().length());
        clearError();
    }

    @Override
    void commitPending() {
        commit();
    }

    private void commit() {
        if (!showing) {
            return;
        }
        Optional<T> typed = parse.apply(field.getText());
        if (typed.isEmpty()) {
            showError(parseError);
            return;
        }
        T value = typed.get();
        if (value.equals(shown)) {
            clearError();
            return;
        }
        Optional<String> refusal = commit.apply(value);
        if (refusal.isPresent()) {
            showError(refusal.get());
        } else {
            shown = value;
            clearError();
        }
    }
}
