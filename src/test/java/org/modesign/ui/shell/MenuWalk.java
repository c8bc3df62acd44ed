package org.modesign.ui.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.modesign.ui.i18n.I18n;

/**
 * Walks a shown menu as a screen reader meets it (on the JavaFX thread): each item's row in the
 * menu's window is asked what a reader asks of it (its name, the words of its text and graphic;
 * its accelerator, which a reader speaks after the name), and each submenu is opened and walked
 * too. A problem is an item other than a separator with no name, or an item whose shortcut (given
 * by {@code shortcuts}, from its plain text) is not its accelerator.
 */
final class MenuWalk {

    private final Map<String, KeyCombination> shortcuts;
    private final List<String> problems = new ArrayList<>();
    private final List<KeyCombination> accelerators = new ArrayList<>();
    private int items;

    /** {@code shortcuts}: the key each item with that plain text has (the menu bar's actions, say). */
    MenuWalk(Map<String, KeyCombination> shortcuts) {
        this.shortcuts = shortcuts;
    }

    /** Every problem found so far. */
    List<String> problems() {
        return problems;
    }

    /** How many items were read (separators not counted). */
    int items() {
        return items;
    }

    /** The accelerators the items announce, in the order read. */
    List<KeyCombination> accelerators() {
        return accelerators;
    }

    /** Walks {@code menu}, shown; {@code where} names it. Leaves it shown. */
    void walk(String where, ContextMenu menu) {
        List<Node> rows = new ArrayList<>();
        collectRows(menu.getScene().getRoot(), rows);
        if (rows.isEmpty()) {
            problems.add(where + ": the menu shows no item");
        }
        for (Node row : rows) {
            MenuItem item = itemOf(row);
            if (item instanceof SeparatorMenuItem || !item.isVisible()) {
                continue;
            }
            items++;
            Object spoken = row.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            String name = spoken == null ? "" : I18n.plain(spoken.toString());
            String text = item.getText() == null ? "" : I18n.plain(item.getText());
            String at = where + " \u25B8 " + (name.isBlank() ? "item " + rows.indexOf(row) + describe(item) : name);
            if (!named(name)) {
                problems.add(at + ": has no name a reader speaks");
            }
            KeyCombination expected = shortcuts.get(text);
            Object announced = row.queryAccessibleAttribute(AccessibleAttribute.ACCELERATOR);
            if (announced instanceof KeyCombination key) {
                accelerators.add(key);
            }
            if (expected != null && !expected.equals(announced)) {
                problems.add(at + ": its shortcut " + expected.getDisplayText() + " is not its accelerator ("
                        + (announced == null ? "none" : ((KeyCombination) announced).getDisplayText())
                        + "), so a reader does not announce it");
            }
            if (item instanceof Menu submenu && !submenu.isDisable()) {
                walkSubmenu(at, row, submenu);
            }
        }
    }

    /** Opens {@code submenu} as the keyboard does (its row focused, then opened) and walks it. */
    private void walkSubmenu(String where, Node row, Menu submenu) {
        Set<Window> before = new HashSet<>(Window.getWindows());
        Node content = row;
        while (content != null && !content.getClass().getSimpleName().equals("ContextMenuContent")) {
            content = content.getParent();
        }
        for (int step = 0; step < 100 && content != null && row.getScene().getFocusOwner() != row; step++) {
            press(content, KeyCode.DOWN);
        }
        if (row.getScene().getFocusOwner() != row) {
            problems.add(where + ": the arrow keys do not reach it");
            return;
        }
        press(content, KeyCode.RIGHT);
        ContextMenu shown = Window.getWindows().stream()
                .filter(w -> !before.contains(w) && w.isShowing() && w instanceof ContextMenu)
                .map(ContextMenu.class::cast).findFirst().orElse(null);
        if (shown == null) {
            problems.add(where + ": the submenu does not open");
        } else {
            walk(where, shown);
        }
        submenu.hide();
    }

    private static void press(Node target, KeyCode code) {
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private static String describe(MenuItem item) {
        return " (" + item.getClass().getSimpleName() + (item.getId() == null ? "" : " #" + item.getId()) + ")";
    }

    /** Whether {@code s} says something: a letter or digit that is not an icon font's glyph. */
    private static boolean named(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && Character.getType(c) != Character.PRIVATE_USE);
    }

    /** The rows of a menu's window: JavaFX's item containers, each the accessible node of one item. */
    private static void collectRows(Node node, List<Node> into) {
        if (node.getClass().getSimpleName().equals("MenuItemContainer")) {
            into.add(node);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectRows(child, into);
            }
        }
    }

    private static MenuItem itemOf(Node row) {
        try {
            return (MenuItem) row.getClass().getMethod("getItem").invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's menu row has no item: " + row, e);
        }
    }
}
