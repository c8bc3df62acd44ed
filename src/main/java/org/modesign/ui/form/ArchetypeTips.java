package org.modesign.ui.form;

import java.util.StringJoiner;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.modesign.model.Archetype;
import org.modesign.ui.i18n.I18n;

/** What each archetype means, for the tooltips where one is chosen (the palette, the inspector). */
public final class ArchetypeTips {

    private ArchetypeTips() {
    }

    /** One archetype explained, e.g. "Maestro: keeps the marketing train running …". */
    public static String of(Archetype archetype) {
        return I18n.tr("archetype.tip", Names.of(archetype), I18n.tr("archetype." + archetype.code() + ".tip"));
    }

    /** Every archetype explained, one a line. */
    public static String all() {
        StringJoiner lines = new StringJoiner("\n");
        for (Archetype a : Archetype.values()) {
            lines.add(of(a));
        }
        return lines.toString();
    }

    /** A tooltip that stays up long enough to be read. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }
}
