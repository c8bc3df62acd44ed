package org.modesign.ui;

import static org.modesign.ui.action.EditorAction.*;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;

/** The menu bar: every command of the editor with its shortcut. */
final class MenuBarFactory {

    private MenuBarFactory() {
    }

    static MenuBar create(ActionRegistry actions, Menu recentFiles) {
        Menu file = menu("menu.file", actions, NEW, OPEN);
        file.getItems().add(recentFiles);
        add(file, actions, null, SAVE, SAVE_AS, null, IMPORT_ROLES, null, QUIT);
        Menu edit = menu("menu.edit", actions, UNDO, REDO, null, CUT, COPY, PASTE, DUPLICATE, DELETE, null,
                SELECT_ALL, RENAME, TOGGLE_LINE_STYLE);
        Menu view = menu("menu.view", actions, SHOW_CHART, SHOW_MATRIX, SHOW_COMPARE, null, ZOOM_IN, ZOOM_OUT,
                ZOOM_FIT, ZOOM_ACTUAL);
        Menu arrange = menu("menu.arrange", actions, ARRANGE);
        Menu help = menu("menu.help", actions, ABOUT);
        MenuBar bar = new MenuBar(file, edit, view, arrange, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu menu(String key, ActionRegistry actions, EditorAction... items) {
        Menu menu = new Menu(I18n.tr(key));
        add(menu, actions, items);
        return menu;
    }

    private static void add(Menu menu, ActionRegistry actions, EditorAction... items) {
        for (EditorAction a : items) {
            MenuItem item = a == null ? new SeparatorMenuItem() : actions.menuItem(a);
            menu.getItems().add(item);
        }
    }
}
