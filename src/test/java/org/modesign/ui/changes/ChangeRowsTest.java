package org.modesign.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modesign.merge.DesignDiff;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.render.ChangeMark;
import org.modesign.text.Language;
import org.modesign.ui.i18n.I18n;

/** The list of changes: grouped as the diff groups them, one line per element, moves counted on one line. */
class ChangeRowsTest {

    private Language before;

    @BeforeEach
    void english() {
        before = I18n.language();
        I18n.use(Language.ENGLISH);
    }

    @AfterEach
    void restore() {
        I18n.use(before);
    }

    @Test
    void theDesignFirstThenEachScenarioWithItsFieldsOnOneLineAndItsMovesCounted() {
        Design a = ChangesFixture.base();
        Design b = ChangesFixture.role(a.withTitle("Renamed"), "b", r -> r.withTitle("Lead").withFte(2));
        Scenario s = b.scenarios().get(0);
        b = b.withScenario(0, s.withNodes(s.nodes().stream()
                .map(n -> n.id().equals("a") || n.id().equals("c") ? n.withPosition(n.x() + 40, n.y()) : n).toList()));
        List<ChangeRow> rows = ChangeRows.of(DesignDiff.of(a, b), a, b);
        assertEquals(List.of("Design", "Changed design: title \"Changes fixture\" \u2192 \"Renamed\"",
                "Scenario \u201CCentralized\u201D",
                "Changed role \u201CLead\u201D (b): title \"Campaign manager\" \u2192 \"Lead\"; fte 1 \u2192 2",
                "2 cards moved (position only)"), rows.stream().map(ChangeRow::text).toList());
        assertEquals(List.of(true, false, true, false, false), rows.stream().map(ChangeRow::heading).toList());
        ChangeRow role = rows.get(3);
        assertEquals(ChangeMark.CHANGED, role.mark());
        assertEquals(List.of("b"), role.select());
        assertEquals("central", role.scenario());
    }
}
