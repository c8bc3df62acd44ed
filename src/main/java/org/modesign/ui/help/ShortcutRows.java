package org.modesign.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.modesign.ui.action.AlternateKeys;
import org.modesign.ui.i18n.I18n;

/**
 * The lines of the shortcuts sheet, read from what the editor really has: every menu item with an
 * accelerator, as the menu bar shows it; the other keys of {@link AlternateKeys}; and the gestures
 * of the chart, which have no menu item.
 */
public final class ShortcutRows {

    /** The chart's gestures: bundle keys of the keys and of what they do. */
    private static final String[][] GESTURES = {
        {"help.keys.question", "help.does.question"},
        {"help.keys.rightClick", "help.does.rightClick"},
        {"help.keys.doubleClick", "help.does.doubleClick"},
        {"help.keys.tab", "help.does.tab"},
        {"help.keys.home", "help.does.home"},
        {"help.keys.upDown", "help.does.upDown"},
        {"help.keys.leftRight", "help.does.leftRight"},
        {"help.keys.enter", "help.does.enter"},
        {"help.keys.moveCards", "help.does.moveCards"},
        {"help.keys.moveFine", "help.does.moveFine"},
        {"help.keys.panKeys", "help.does.panKeys"},
        {"help.keys.contextMenu", "help.does.contextMenu"},
        {"help.keys.pan", "help.does.pan"},
        {"help.keys.wheel", "help.does.wheel"},
        {"help.keys.escape", "help.does.escape"},
        {"help.keys.findEnter", "help.does.findEnter"},
    };

    private ShortcutRows() {
    }

    public static List<ShortcutRow> of(MenuBar bar) {
        List<ShortcutRow> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            addItems(rows, I18n.plain(menu.getText()), menu);
        }
        String other = I18n.tr("help.group.otherKeys");
        for (AlternateKeys.AlternateKey key : AlternateKeys.all()) {
            rows.add(new ShortcutRow(other, I18n.plain(I18n.tr(key.action().key())), key.keys().getDisplayText()));
        }
        String chart = I18n.tr("help.group.chart");
        for (String[] g : GESTURES) {
            rows.add(new ShortcutRow(chart, I18n.tr(g[1]), I18n.tr(g[0])));
        }
        return rows;
    }

    private static void addItems(List<ShortcutRow> rows, String group, Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addItems(rows, group, sub);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                rows.add(new ShortcutRow(group, I18n.plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }
}
