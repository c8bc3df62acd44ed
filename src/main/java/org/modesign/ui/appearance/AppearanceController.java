package org.modesign.ui.appearance;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.modesign.ui.base.Look;
import org.modesign.ui.i18n.I18n;

/**
 * View ▸ Theme and View ▸ Text Size: applies an {@link Appearance} to every window (the user-agent
 * stylesheet: the theme's AtlantaFX sheet, the text size, the Chinese family), to the main scene
 * (a {@code theme-dark} style class for the editor's own sheets) and to the painted views (the
 * chart's palette and text scale through {@link Look}), and keeps it in the preferences.
 */
public final class AppearanceController {

    /** The style class of the main scene's root in the dark theme. */
    public static final String DARK_CLASS = "theme-dark";

    private final AppearanceSetting setting;
    private final Look look;
    private final Supplier<Optional<String>> family;
    private Appearance appearance;
    private Scene scene;

    /**
     * Starts with the appearance kept in {@code setting}; {@code family} gives the Chinese family for
     * the editor's language (empty when it speaks no Chinese or none is installed).
     */
    public AppearanceController(AppearanceSetting setting, Look look, Supplier<Optional<String>> family) {
        this.setting = setting;
        this.look = look;
        this.family = family;
        this.appearance = setting.load();
    }

    /** The appearance shown. */
    public Appearance appearance() {
        return appearance;
    }

    /** Applies the appearance to every window and the painted views; call once before the window shows. */
    public void applyToApplication() {
        String theme = AppearanceController.class.getResource(appearance.theme().stylesheet()).toExternalForm();
        Application.setUserAgentStylesheet(UserAgentSheet.of(appearance, theme, family.get()));
        look.chartThemeProperty().set(appearance.theme().chart());
        look.setTextScale(appearance.textScale());
        if (scene != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (appearance.theme() == Theme.DARK) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }

    /** The main window's scene, to mark with the theme's style class. */
    public void attach(Scene mainScene) {
        this.scene = mainScene;
        applyToApplication();
    }

    /** Shows and keeps {@code chosen}. */
    public void choose(Appearance chosen) {
        if (!chosen.equals(appearance)) {
            appearance = chosen;
            setting.save(chosen);
            applyToApplication();
        }
    }

    /** View ▸ Theme and View ▸ Text Size. */
    public List<Menu> menus() {
        Menu theme = new Menu(I18n.tr("menu.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(I18n.tr("menu.theme." + t.code()));
            item.setId("theme-" + t.code());
            item.setToggleGroup(themes);
            item.setSelected(appearance.theme() == t);
            item.setOnAction(e -> choose(appearance.withTheme(t)));
            theme.getItems().add(item);
        }
        Menu size = new Menu(I18n.tr("menu.textSize"));
        ToggleGroup sizes = new ToggleGroup();
        for (int percent : Appearance.TEXT_SIZES) {
            RadioMenuItem item = new RadioMenuItem(I18n.tr("menu.textSize.percent", percent));
            item.setId("text-size-" + percent);
            item.setToggleGroup(sizes);
            item.setSelected(appearance.textSize() == percent);
            item.setOnAction(e -> choose(appearance.withTextSize(percent)));
            size.getItems().add(item);
        }
        return List.of(theme, size);
    }
}
