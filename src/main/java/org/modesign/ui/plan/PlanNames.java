package org.modesign.ui.plan;

import org.modesign.model.Coded;
import org.modesign.ui.i18n.I18n;

/**
 * The localized name of a layer, scope or archetype, from the bundle key {@code <kind>.<code>}:
 * {@code layer.platform}, {@code scope.per-region}, {@code archetype.maestro}.
 */
final class PlanNames {

    private PlanNames() {
    }

    /** What a person reads for {@code value} of the enumeration {@code kind} names, e.g. "Per region". */
    static String of(String kind, Coded value) {
        return I18n.tr(kind + "." + value.code());
    }
}
