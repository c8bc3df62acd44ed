package org.modesign.ui.action;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Keys that run an action besides the shortcut its menu item shows: Ctrl+Y for redo, Backspace for
 * delete, and the zoom keys as keyboards type them — Ctrl+= and Ctrl++ (Ctrl+Shift+= on a US
 * keyboard, or the keypad's +) zoom in, Ctrl+- (or the keypad's -) zooms out. The window installs
 * them as accelerators and the shortcuts sheet lists them, from this one list.
 */
public final class AlternateKeys {

    /** A key combination and the action it runs. */
    public record AlternateKey(KeyCombination keys, EditorAction action) {
    }

    private static final List<AlternateKey> ALL = List.of(
            new AlternateKey(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), EditorAction.REDO),
            new AlternateKey(new KeyCodeCombination(KeyCode.BACK_SPACE), EditorAction.DELETE),
            new AlternateKey(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), EditorAction.ZOOM_IN),
            new AlternateKey(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), EditorAction.ZOOM_IN),
            new AlternateKey(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), EditorAction.ZOOM_IN),
            new AlternateKey(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), EditorAction.ZOOM_IN),
            new AlternateKey(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                    EditorAction.ZOOM_OUT),
            new AlternateKey(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                    EditorAction.ZOOM_FIT));

    private AlternateKeys() {
    }

    public static List<AlternateKey> all() {
        return ALL;
    }
}
