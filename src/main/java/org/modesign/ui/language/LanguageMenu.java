package org.modesign.ui.language;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.modesign.text.Language;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.i18n.I18n;

/**
 * View ▸ Language: the system's language, English, 简体中文 or 繁體中文. The choice is remembered
 * in a {@link LanguageSetting}; the window keeps its texts until MOdesign starts again, which a
 * dialog says (in the current and the chosen language) when the language changes.
 */
public final class LanguageMenu {

    private final LanguageSetting setting;
    private final Locale system;
    private final DialogService dialogs;

    /**
     * @param system the system's locale, as it was before the editor set the default locale
     *               ({@link LanguageSetting#defaultLocale})
     */
    public LanguageMenu(LanguageSetting setting, Locale system, DialogService dialogs) {
        this.setting = setting;
        this.system = system;
        this.dialogs = dialogs;
    }

    /** The submenu, with the current choice ticked. */
    public Menu create() {
        Menu menu = new Menu(I18n.tr("menu.language"));
        ToggleGroup group = new ToggleGroup();
        menu.getItems().add(item(group, Optional.empty(),
                I18n.tr("language.system", I18n.tr(nameKey(Language.of(system))))));
        for (Language language : Language.values()) {
            menu.getItems().add(item(group, Optional.of(language), I18n.tr(nameKey(language))));
        }
        menu.setId("menu-LANGUAGE");
        return menu;
    }

    /** Remembers {@code choice} (empty: follow the system) and says when it takes effect. */
    void choose(Optional<Language> choice) {
        if (choice.equals(setting.chosen())) {
            return;
        }
        choice.ifPresentOrElse(setting::choose, setting::followSystem);
        Language next = setting.effective(system);
        if (next != I18n.language()) {
            String name = I18n.tr(nameKey(next));
            String message = I18n.tr("language.restart.message", name);
            String inNext = I18n.trIn(next, "language.restart.message", name);
            dialogs.showInformation(I18n.tr("language.restart.title"), message + "\n\n" + inNext);
        }
    }

    private RadioMenuItem item(ToggleGroup group, Optional<Language> choice, String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setMnemonicParsing(false);
        item.setToggleGroup(group);
        item.setSelected(choice.equals(setting.chosen()));
        item.setOnAction(e -> choose(choice));
        item.setId("language-" + choice.map(Language::tag).orElse("system"));
        return item;
    }

    /** The key of a language's name, written in that language (English, 简体中文, 繁體中文). */
    static String nameKey(Language language) {
        return "language.name." + language.tag();
    }
}
