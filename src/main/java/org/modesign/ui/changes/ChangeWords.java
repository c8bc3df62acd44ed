package org.modesign.ui.changes;

import org.modesign.merge.Values;
import org.modesign.ui.i18n.I18n;

/** The words for the elements of a design that changed: {@code role “Analyst”}, {@code phase p1}. */
final class ChangeWords {

    private ChangeWords() {
    }

    /** The word for a kind of element ({@code role}, {@code phase}), translated; the kind itself when unknown. */
    static String kind(String kind) {
        String key = "changes.kind." + kind;
        return I18n.has(key) ? I18n.tr(key) : kind;
    }

    /** An element: its kind with its label (or id); the design itself when it has no id. */
    static String element(String kind, String id, String label) {
        if (id == null) {
            return kind(kind);
        }
        return label == null || label.isEmpty() ? I18n.tr("changes.elementId", kind(kind), id)
                : I18n.tr("changes.element", kind(kind), label, id);
    }

    /** A value as the diff and the merge write it ({@code "Analyst"}, {@code 0.5}, {@code none}). */
    static String value(Object value) {
        return value == null ? I18n.tr("changes.value.none") : Values.text(value);
    }
}
