package org.modesign.ui.appearance;

import java.util.prefs.Preferences;

/**
 * The user's {@link Appearance}, kept in the preferences under {@code theme} (its code) and
 * {@code text-size} (per cent). Nothing kept, or something unknown: the standard.
 */
public final class AppearanceSetting {

    static final String THEME = "theme";
    static final String TEXT_SIZE = "text-size";

    private final Preferences node;

    public AppearanceSetting(Preferences node) {
        this.node = node;
    }

    /** The user's own setting. */
    public static AppearanceSetting forUser() {
        return new AppearanceSetting(Preferences.userRoot().node("org/modesign"));
    }

    /** The appearance kept, or {@link Appearance#STANDARD}. */
    public Appearance load() {
        Theme theme = Theme.of(node.get(THEME, Theme.LIGHT.code()));
        int size = node.getInt(TEXT_SIZE, 100);
        return new Appearance(theme, Appearance.TEXT_SIZES.contains(size) ? size : 100);
    }

    /** Keeps {@code appearance} for the next start. */
    public void save(Appearance appearance) {
        node.put(THEME, appearance.theme().code());
        node.putInt(TEXT_SIZE, appearance.textSize());
    }
}
