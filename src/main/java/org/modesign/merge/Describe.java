package org.modesign.merge;

import java.util.List;

/** Names the element a place lies in, for people: {@code role "r1" ("Analyst") in scenario "central"}. */
final class Describe {

    private Describe() {
    }

    /** The element at or above {@code at} that a person looks for, and its scenario; "" for the design itself. */
    static String where(Loc at) {
        List<Loc> segments = at.segments();
        Loc scenario = null;
        Loc element = null;
        for (Loc s : segments) {
            if (s.listSegment() == Schema.SCENARIOS) {
                scenario = s;
            } else if (s.listSegment() != null && element == null) {
                element = s;
            }
        }
        if (element == null && scenario == null) {
            return "";
        }
        if (element == null) {
            return element(scenario);
        }
        return element(element) + (scenario == null ? "" : " in scenario " + Values.quote(scenario.key()));
    }

    static String element(Loc e) {
        String label = e.listSegment().label(e.element());
        return e.listSegment().word(e.element()) + " " + Values.quote(e.key())
                + (label == null ? "" : " (" + Values.quote(label) + ")");
    }
}
