package org.modesign.ui.a11y;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import org.modesign.ui.i18n.I18n;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * Names controls for screen readers the way the platforms read them (JavaFX's bridges: UI
 * Automation on Windows, NSAccessibility on macOS). Windows names an edit or combo box (roles
 * TEXT_FIELD, TEXT_AREA, COMBO_BOX) only by the label that is {@code labelFor} it, and reads its
 * accessible text as its value; every other control is named by its text or accessible text. So an
 * input without a visible label gets a label that is not shown, and an icon button the words of
 * its tooltip.
 */
public final class AccessibleNames {

    /** The key under which a control keeps the label that names it without being shown. */
    static final String NAME_LABEL = "a11y.nameLabel";

    private AccessibleNames() {
    }

    /**
     * Names {@code control}, which has no visible label, {@code name}: by a label that is not shown
     * (an edit or a combo box), else by its accessible text. Returns the control.
     */
    public static <C extends Control> C name(C control, String name) {
        AccessibleRole role = control.getAccessibleRole();
        if (role == AccessibleRole.TEXT_FIELD || role == AccessibleRole.TEXT_AREA || role == AccessibleRole.COMBO_BOX
                || role == AccessibleRole.PASSWORD_FIELD) {
            if (control.getProperties().get(NAME_LABEL) instanceof Label named) {
                named.setText(name);
                named.setAccessibleText(name);
                return control;
            }
            Label label = new Label(name);
            // A label that is not shown has no skin, and a Labeled's text reaches a reader through its skin:
            // the accessible text carries the name instead.
            label.setAccessibleText(name);
            label.setLabelFor(control);
            control.getProperties().put(NAME_LABEL, label);
        } else {
            control.setAccessibleText(name);
        }
        return control;
    }

    /**
     * Names {@code control}, shown in a cell of a table, by the cell's column heading (its text, or the words of a heading drawn by a graphic: a picker in
     * every row of a column: the heading is the label a sighted user reads). Returns the control.
     */
    public static <C extends Control> C nameByColumn(TableCell<?, ?> cell, C control) {
        TableColumn<?, ?> column = cell.getTableColumn();
        if (column == null) {
            return control;
        }
        String heading = column.getText() != null && !column.getText().isBlank() ? column.getText()
                : readOut(column.getGraphic());
        if (heading != null) {
            name(control, heading);
        }
        return control;
    }

    /**
     * The words a row shows, for a row drawn by a graphic of its own (a screen reader reads a row's
     * text, which such a row has not): the texts of the labels and texts in {@code graphic}, in
     * order, joined by the language's separator (a comma); an icon font's glyphs are left out. Null for no graphic.
     */
    public static String readOut(Node graphic) {
        if (graphic == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        collect(graphic, words);
        return words.isEmpty() ? null : String.join(I18n.tr("describe.separator"), words);
    }

    private static void collect(Node node, List<String> words) {
        if (!node.isVisible()) {
            return;
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null && text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
                && Character.getType(c) != Character.PRIVATE_USE)) {
            words.add(text.strip());
        }
        if (node instanceof Labeled l && l.getGraphic() != null) {
            collect(l.getGraphic(), words);
        }
        if (node instanceof Parent p && !(node instanceof Labeled)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, words);
            }
        }
    }

    /**
     * Makes {@code root}, the root of a window of its own, read as a dialog named {@code title}, as
     * JavaFX's own {@code DialogPane} is (role DIALOG: Windows reports it as a dialog; the window is
     * announced by its title). Returns the root.
     */
    public static <P extends Parent> P dialog(P root, String title) {
        root.setAccessibleRole(AccessibleRole.DIALOG);
        root.setAccessibleText(title);
        return root;
    }

    /**
     * Names an icon-only button (or any control shown by a picture) by its tooltip's text, kept in
     * step when the tooltip or its text changes; the tooltip's words are also its help. Returns the control.
     */
    public static <C extends Control> C byTooltip(C control) {
        control.accessibleTextProperty().bind(Bindings.selectString(control.tooltipProperty(), "text"));
        return control;
    }
}
