package org.modesign.ui.charter;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text area for one text of the charter (the mission, a readiness note), wrapped over a few
 * lines, that commits on Enter or when it loses focus, not on every key; Escape puts the design's
 * text back, and Tab and Shift+Tab move to the next and previous field as in a text field. A refused text stays
 * in the field, marked in the theme's danger colour, with the reason under the section (the pane's
 * message line); the design is left as it was.
 */
final class TextCommit {

    private final TextArea field = new TextArea();
    private final Predicate<String> commit;
    private String shown = "";

    /** @param commit applies a new text (without surrounding blanks); false when it was refused */
    TextCommit(String id, int rows, Predicate<String> commit) {
        this.commit = commit;
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setWrapText(true);
        field.setPrefRowCount(rows);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(shown)) {
                revert();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // A text area takes Tab as a character; Ctrl+Tab is its way to the next field.
                e.consume();
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    TextArea field() {
        return field;
    }

    /** Shows the text the design holds; the user's typing stays while it is not committed and the design's text did not change. */
    void show(String value) {
        if (Objects.equals(value, shown) && !field.getText().equals(shown) && field.isFocused()) {
            return;
        }
        shown = value;
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
        danger(false);
    }

    /** Puts the design's text back. */
    void revert() {
        field.setText(shown);
        field.positionCaret(shown.length());
        danger(false);
    }

    private void commit() {
        String typed = field.getText().strip();
        if (typed.equals(shown)) {
            danger(false);
            return;
        }
        boolean done = commit.test(typed);
        danger(!done);
        if (done) {
            shown = typed;
            field.setText(typed);
        }
    }

    private void danger(boolean on) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, on);
    }
}
