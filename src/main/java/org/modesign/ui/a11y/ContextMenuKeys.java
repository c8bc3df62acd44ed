package org.modesign.ui.a11y;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys that open a context menu from the keyboard, as on Windows: Shift+F10 and the menu key
 * (without Ctrl or Alt). A view drawn on a canvas, which has no control's own context menu, opens
 * its menu on them at the place its keyboard cursor is.
 */
public final class ContextMenuKeys {

    private ContextMenuKeys() {
    }

    /** Whether {@code e} asks for the context menu. */
    public static boolean opens(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
    }
}
