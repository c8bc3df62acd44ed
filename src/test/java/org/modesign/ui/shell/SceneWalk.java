package org.modesign.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Walks a window's scene graph as a screen reader and a keyboard user meet it (on the JavaFX
 * thread), and lists what fails:
 * <ul>
 * <li>a control without a name as Windows (UI Automation, {@code WinAccessible}) computes it: for an
 *     edit or combo box (roles TEXT_FIELD, TEXT_AREA, COMBO_BOX) only its {@code labelFor} label
 *     counts (Windows reads the accessible text of those as their value, not their name); a spinner
 *     or date picker needs a label or an accessible text (Windows would read its value as its name);
 *     anything else is named by its text or accessible text, else by its label; an icon button
 *     with only a tooltip has none. A list, tree or table is named by its focused item (when it has
 *     one) and each shown row of a list or tree by its text;</li>
 * <li>Tab, from the first focusable control, not reaching every enabled, shown, focus-traversable
 *     control, or not coming back round to the first (a trap).</li>
 * </ul>
 */
final class SceneWalk {

    private SceneWalk() {
    }

    /** Every problem of {@code scene}, each starting with {@code where}. */
    static List<String> problems(String where, Scene scene) {
        List<String> problems = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        for (Node n : nodes) {
            String problem = nameProblem(n);
            if (problem != null) {
                problems.add(where + ": " + describe(n) + " " + problem);
            }
        }
        problems.addAll(tabProblems(where, scene, nodes));
        return problems;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /** Whether {@code node} is a part of another control (a combo box's editor, a scroll bar's button): that control is named. */
    static boolean partOfAControl(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ComboBoxBase || up instanceof Spinner || up instanceof ChoiceBox
                    || up instanceof TextInputControl || up instanceof ScrollBar || up instanceof Slider
                    || up instanceof ButtonBase || up.getClass().getName().startsWith("org.controlsfx.control.CheckComboBox")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} lies in a row of a list, tree or table (the row is what a reader reads). */
    static boolean inACell(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof IndexedCell) {
                return true;
            }
        }
        return false;
    }

    private static boolean interactive(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase
                || n instanceof ChoiceBox || n instanceof Spinner || n instanceof Slider
                || n.isFocusTraversable() && (n instanceof Control || n.getAccessibleRole() != AccessibleRole.NODE);
    }

    private static String nameProblem(Node n) {
        if ((n instanceof ListCell || n instanceof TreeCell) && !((IndexedCell<?>) n).isEmpty()
                && !partOfAControl(n)) {
            return blank(text(n)) ? "is a row without text (a reader reads nothing)" : null;
        }
        if (!interactive(n) || partOfAControl(n) || inACell(n) && !n.isFocusTraversable()) {
            return null;
        }
        Object item = n.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM);
        if (item instanceof Node focused && focused != n && !blank(windowsName(focused))) {
            return null; // Windows puts the focus on the item (a list's row, a tab pane's tab) and reads its name
        }
        AccessibleRole role = n.getAccessibleRole();
        if (role == AccessibleRole.SPINNER || role == AccessibleRole.DATE_PICKER) {
            return blank(labelText(n)) && blank(n.getAccessibleText()) ? "has no label and no accessible text" : null;
        }
        return blank(windowsName(n)) ? "has no name (" + role + ")" : null;
    }

    /** The name Windows gives {@code n} (WinAccessible, UIA_NamePropertyId). */
    static String windowsName(Node n) {
        Object role = n.queryAccessibleAttribute(AccessibleAttribute.ROLE);
        String name = role == AccessibleRole.TEXT_FIELD || role == AccessibleRole.TEXT_AREA
                || role == AccessibleRole.COMBO_BOX ? null : text(n);
        return blank(name) ? labelText(n) : name;
    }

    private static String text(Node n) {
        Object text = n.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text == null ? null : text.toString();
    }

    private static String labelText(Node n) {
        Object label = n.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        return label instanceof Node l ? text(l) : null;
    }

    /** Whether {@code s} says nothing: empty, or only an icon font's glyphs (private use characters). */
    private static boolean blank(String s) {
        return s == null || s.codePoints().noneMatch(c -> Character.isLetterOrDigit(c)
                && Character.getType(c) != Character.PRIVATE_USE);
    }

    static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId();
        String tip = n instanceof Control c && c.getTooltip() != null ? " (tooltip \"" + c.getTooltip().getText() + "\")" : "";
        String text = n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + id + text + tip + " in " + parentChain(n);
    }

    private static String parentChain(Node n) {
        List<String> names = new ArrayList<>();
        for (Node up = n.getParent(); up != null && names.size() < 3; up = up.getParent()) {
            names.add(up.getClass().getSimpleName() + (up.getId() == null ? "" : "#" + up.getId()));
        }
        return String.join(" < ", names);
    }

    /** Tab from the first focus-traversable control round the window: every one reached, back to the first. */
    private static List<String> tabProblems(String where, Scene scene, List<Node> nodes) {
        List<Node> expected = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isFocusTraversable() && !n.isDisabled() && !partOfAControl(n) && !inACell(n)) {
                expected.add(n);
            }
        }
        if (expected.isEmpty()) {
            return List.of();
        }
        Node first = expected.get(0);
        first.requestFocus();
        Node start = owner(scene);
        Set<Node> reached = new LinkedHashSet<>();
        reached.add(start);
        List<String> problems = new ArrayList<>();
        Node at = start;
        boolean round = false;
        // Controls in a table's rows are Tab stops too (each row's pickers): the walk allows for them.
        long stops = nodes.stream().filter(n -> n.isFocusTraversable() && !n.isDisabled()).count();
        for (int step = 0; step < stops * 2 + 10; step++) {
            Node from = scene.getFocusOwner();
            Event.fireEvent(from, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
            Event.fireEvent(from, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.TAB, false, false, false, false));
            Node next = owner(scene);
            if (next == at) {
                if (expected.size() == 1) {
                    round = true;
                } else {
                    problems.add(where + ": Tab stays on " + describe(at) + " (a trap)");
                }
                break;
            }
            at = next;
            if (at == start) {
                round = true;
                break;
            }
            reached.add(at);
        }
        if (!round && problems.isEmpty()) {
            problems.add(where + ": Tab does not come back round to " + describe(start) + "; it goes "
                    + reached.stream().map(SceneWalk::describe).toList());
        }
        for (Node n : expected) {
            if (!reached.contains(n) && !groupReached(n, reached)) {
                problems.add(where + ": Tab never reaches " + describe(n));
            }
        }
        return problems;
    }

    /** Tab stops at one radio button of a group (the arrow keys choose within it): reaching one reaches the group. */
    private static boolean groupReached(Node n, Set<Node> reached) {
        if (!(n instanceof javafx.scene.control.Toggle t) || t.getToggleGroup() == null) {
            return false;
        }
        return reached.stream().anyMatch(r -> r instanceof javafx.scene.control.Toggle o
                && o.getToggleGroup() == t.getToggleGroup());
    }

    /** The focus owner, or the control it is a part of. */
    private static Node owner(Scene scene) {
        Node owner = scene.getFocusOwner();
        Node outer = owner;
        for (Node up = owner == null ? null : owner.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ComboBoxBase || up instanceof Spinner || up instanceof ChoiceBox) {
                outer = up;
            }
        }
        return outer;
    }
}
