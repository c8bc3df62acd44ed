package org.modesign.ui.changes;

import org.modesign.merge.Conflict;
import org.modesign.merge.Place;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.ui.i18n.I18n;

/** A conflict of a merge in words: where it lies, what each side did, and each side's value. */
final class ConflictWords {

    private ConflictWords() {
    }

    /** Where: {@code the field title of role “Analyst” (r2) in scenario “Central”}. */
    static String place(Conflict c, Design ours) {
        Place p = c.place();
        if (p == null) {
            return c.where() == null || c.where().isEmpty() ? I18n.tr("changes.kind.design") : c.where();
        }
        String element = ChangeWords.element(p.kind(), p.id(), p.label());
        if (p.scenario() != null && !"scenario".equals(p.kind())) {
            String name = ours.scenario(p.scenario()).map(Scenario::name).orElse(p.scenario());
            element = I18n.tr("merge.inScenario", element, name);
        }
        return p.field() == null ? I18n.tr("merge.whole", element) : I18n.tr("merge.fieldOf", p.field(), element);
    }

    /** What the two sides did. */
    static String kind(Conflict c) {
        return I18n.tr("merge.kind." + c.kind().name());
    }

    /** Our side's value, as the button that chooses it says it. */
    static String ours(Conflict c) {
        return switch (c.kind()) {
            case CHANGED_DELETED -> I18n.tr("merge.keepChanged", after(c.ours(), "changed it"));
            case DELETED_CHANGED -> I18n.tr("merge.deleteIt");
            case ORDER -> I18n.tr("merge.order", after(c.ours(), "ordered it "));
            default -> c.ours();
        };
    }

    /** Their side's value. */
    static String theirs(Conflict c) {
        return switch (c.kind()) {
            case CHANGED_DELETED -> I18n.tr("merge.deleteIt");
            case DELETED_CHANGED -> I18n.tr("merge.keepChanged", after(c.theirs(), "changed it"));
            case ORDER -> I18n.tr("merge.order", after(c.theirs(), "ordered it "));
            default -> c.theirs();
        };
    }

    /** The part of the merge's {@code text} after its {@code lead} words (the values: data, not words). */
    private static String after(String text, String lead) {
        String rest = text.startsWith(lead) ? text.substring(lead.length()).trim() : text;
        if (rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1);
        }
        return rest;
    }
}
