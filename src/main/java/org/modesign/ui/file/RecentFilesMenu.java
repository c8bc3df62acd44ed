package org.modesign.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.modesign.ui.i18n.I18n;

/**
 * File ▸ Open Recent: one item per recent file (disabled when the file is gone), then
 * "Clear Recent Files". Rebuilt when the list changes and each time it opens, so that a file
 * deleted meanwhile shows as missing.
 */
final class RecentFilesMenu {

    private RecentFilesMenu() {
    }

    /** The menu; choosing a file passes it to {@code open}. */
    static Menu create(RecentFiles recent, Consumer<Path> open) {
        Menu menu = new Menu(I18n.tr("menu.recent"));
        menu.setId("menu-recent");
        Runnable rebuild = () -> fill(menu, recent, open);
        recent.files().addListener((ListChangeListener<Path>) change -> rebuild.run());
        menu.setOnShowing(e -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private static void fill(Menu menu, RecentFiles recent, Consumer<Path> open) {
        menu.getItems().clear();
        if (recent.files().isEmpty()) {
            MenuItem none = new MenuItem(I18n.tr("menu.recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (Path file : recent.files()) {
            menu.getItems().add(item(file, open));
        }
        MenuItem clear = new MenuItem(I18n.tr("menu.recent.clear"));
        clear.setId("menu-recent-clear");
        clear.setDisable(recent.files().isEmpty());
        clear.setOnAction(e -> recent.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static MenuItem item(Path file, Consumer<Path> open) {
        String name = String.valueOf(file.getFileName());
        String folder = String.valueOf(file.getParent());
        boolean exists = Files.isRegularFile(file);
        MenuItem item = new MenuItem(I18n.tr(exists ? "menu.recent.item" : "menu.recent.missing", name, folder));
        item.setMnemonicParsing(false);
        item.setDisable(!exists);
        item.setOnAction(e -> open.accept(file));
        return item;
    }
}
