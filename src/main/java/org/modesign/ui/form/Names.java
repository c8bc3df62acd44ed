package org.modesign.ui.form;

import java.util.Map;
import org.modesign.model.Archetype;
import org.modesign.model.Coded;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;
import org.modesign.ui.i18n.I18n;

/**
 * The localized name of an enumeration value of the model, from the bundle key
 * {@code <kind>.<code>}: {@code archetype.maestro}, {@code office.ceo}, {@code sourcing.in-house},
 * {@code style.solid}, {@code raci.R}.
 */
public final class Names {

    private static final Map<Class<?>, String> PREFIXES = Map.of(
            Archetype.class, "archetype",
            Office.class, "office",
            Sourcing.class, "sourcing",
            LineStyle.class, "style",
            Raci.class, "raci",
            Staffing.class, "staffing",
            TeamKind.class, "teamKind");

    private Names() {
    }

    /** The bundle key naming {@code value}. */
    public static String key(Coded value) {
        String prefix = PREFIXES.get(value.getClass());
        if (prefix == null) {
            throw new IllegalArgumentException("no names for " + value.getClass().getSimpleName());
        }
        return prefix + "." + value.code();
    }

    /** What a person reads for {@code value}, e.g. "In-house". */
    public static String of(Coded value) {
        return I18n.tr(key(value));
    }
}
