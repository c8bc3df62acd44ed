package org.modesign.ui.action;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.ui.a11y.AccessibleNames;
import org.modesign.ui.i18n.I18n;

/**
 * What each {@link EditorAction} does and when it is enabled. Menus and toolbar buttons are made
 * here from the same entry, so a shortcut, a menu item and a button never disagree.
 */
public final class ActionRegistry {

    private record Entry(Runnable handler, ObservableBooleanValue enabled, ObservableStringValue label) {
    }

    private final Map<EditorAction, Entry> entries = new EnumMap<>(EditorAction.class);

    /** Registers what {@code action} does; it is always enabled. */
    public void register(EditorAction action, Runnable handler) {
        register(action, handler, null);
    }

    /** Registers what {@code action} does and when it is enabled (null: always). */
    public void register(EditorAction action, Runnable handler, ObservableBooleanValue enabled) {
        entries.put(action, new Entry(handler, enabled, null));
    }

    /** Registers an action whose menu label changes (e.g. "Undo Move 3 cards"). */
    public void register(EditorAction action, Runnable handler, ObservableBooleanValue enabled,
            ObservableStringValue label) {
        entries.put(action, new Entry(handler, enabled, label));
    }

    /** Runs {@code action} when it is registered and enabled; true when it ran. */
    public boolean run(EditorAction action) {
        Entry e = entries.get(action);
        if (e == null || (e.enabled() != null && !e.enabled().get())) {
            return false;
        }
        e.handler().run();
        return true;
    }

    public boolean isEnabled(EditorAction action) {
        Entry e = entries.get(action);
        return e != null && (e.enabled() == null || e.enabled().get());
    }

    /** A menu item with the action's label, icon and shortcut. */
    public MenuItem menuItem(EditorAction action) {
        MenuItem item = new MenuItem(I18n.tr(action.key()));
        item.setMnemonicParsing(true);
        if (action.icon() != null) {
            item.setGraphic(new FontIcon(action.icon()));
        }
        item.setAccelerator(action.accelerator());
        item.setOnAction(e -> run(action));
        Entry entry = entries.get(action);
        if (entry == null) {
            item.setDisable(true);
        } else {
            if (entry.enabled() != null) {
                item.disableProperty().bind(Bindings.not(entry.enabled()));
            }
            if (entry.label() != null) {
                item.textProperty().bind(entry.label());
            }
        }
        item.setId("menu-" + action.name());
        return item;
    }

    /** A toolbar button with the action's icon and a tooltip naming it and its shortcut. */
    public Button button(EditorAction action) {
        Button b = new Button();
        b.setGraphic(new FontIcon(action.icon()));
        b.getStyleClass().addAll("button-icon", "flat");
        String label = I18n.plain(I18n.tr(action.key()));
        String shortcut = action.accelerator() == null ? "" : " (" + action.accelerator().getDisplayText() + ")";
        b.setTooltip(new Tooltip(label + shortcut));
        AccessibleNames.byTooltip(b);
        b.setFocusTraversable(false);
        b.setOnAction(e -> run(action));
        Entry entry = entries.get(action);
        if (entry != null && entry.enabled() != null) {
            b.disableProperty().bind(Bindings.not(entry.enabled()));
        }
        b.setId("tool-" + action.name());
        return b;
    }
}
