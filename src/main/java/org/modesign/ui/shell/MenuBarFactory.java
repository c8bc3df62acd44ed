package org.modesign.ui.shell;

import static org.modesign.ui.action.EditorAction.*;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.i18n.I18n;

/** The menu bar: every command of the editor with its shortcut. */
final class MenuBarFactory {

    private MenuBarFactory() {
    }

    /** The menu bar; {@code viewMenus} (View ▸ Language, Theme, Text Size) end the View menu. */
    static MenuBar create(ActionRegistry actions, Menu recentFiles, Menu... viewMenus) {
        Menu file = menu("menu.file", actions, NEW, NEW_FROM_TEMPLATE, OPEN);
        file.getItems().add(recentFiles);
        add(file, actions, null, SAVE, SAVE_AS, null, IMPORT_ROLES);
        file.getItems().add(menu("menu.export", actions, EXPORT_IMAGE, EXPORT_PLAN_REPORT, null, EXPORT_STACK_PNG, EXPORT_STACK_SVG,
                EXPORT_STACK_PDF, null, EXPORT_ROLES_CSV, EXPORT_RACI_CSV, EXPORT_FINDINGS_CSV, EXPORT_METRICS_CSV,
                EXPORT_STACK_CSV, EXPORT_HIRING_CSV));
        add(file, actions, null, COMPARE_WITH_FILE, COMPARE_WITH_SAVED, MERGE, null, QUIT);
        Menu edit = menu("menu.edit", actions, UNDO, REDO, null, CUT, COPY, PASTE, DUPLICATE, DELETE, null,
                SELECT_ALL, RENAME, TOGGLE_LINE_STYLE, null, FIND, FIND_NEXT, FIND_PREVIOUS, null, ADD_REPORT,
                ADD_MEMBER, REPORT_TO, RESPONSIBILITIES, SELECT_BRANCH);
        Menu view = menu("menu.view", actions, SHOW_CHART, SHOW_MATRIX, SHOW_COMPARE, SHOW_STACK, SHOW_PLAN, SHOW_FINDINGS, SHOW_OUTLINE, null,
                PREVIOUS_PHASE,
                NEXT_PHASE, null, ZOOM_IN, ZOOM_OUT, ZOOM_FIT, ZOOM_ACTUAL, TOGGLE_OVERVIEW, null, COLLAPSE, EXPAND,
                COLLAPSE_ALL_BELOW, EXPAND_ALL);
        if (viewMenus.length > 0) {
            view.getItems().add(new SeparatorMenuItem());
            view.getItems().addAll(viewMenus);
        }
        Menu design = menu("menu.design", actions, EDIT_CAPABILITIES, EDIT_TOOLS, EDIT_REGIONS, EDIT_PHASES,
                null, EDIT_CHARTER);
        Menu arrange = menu("menu.arrange", actions, ARRANGE);
        Menu scenario = menu("menu.scenario", actions, NEW_SCENARIO, DUPLICATE_SCENARIO, RENAME_SCENARIO, null,
                DELETE_SCENARIO);
        Menu help = menu("menu.help", actions, SHOW_SHORTCUTS, null, ABOUT);
        MenuBar bar = new MenuBar(file, edit, view, design, scenario, arrange, help);
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
