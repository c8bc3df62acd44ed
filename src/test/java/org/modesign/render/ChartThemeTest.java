package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

class ChartThemeTest {

    private static final ChartTheme THEME = ChartTheme.LIGHT;

    @Test
    void archetypeColoursAreDistinct() {
        assertEquals(Archetype.values().length, new HashSet<>(THEME.archetypes().values()).size());
        assertEquals(Office.values().length, new HashSet<>(THEME.offices().values()).size());
    }

    @Test
    void onlyInHouseRolesHaveASolidBorder() {
        for (Sourcing sourcing : Sourcing.values()) {
            assertEquals(sourcing == Sourcing.IN_HOUSE, THEME.sourcingDash(sourcing).solid(), sourcing.code());
        }
    }

    @Test
    void aThemeMustColourEveryArchetype() {
        assertThrows(NullPointerException.class, () -> new ChartTheme(THEME.background(), THEME.grid(),
                THEME.cardFill(), THEME.cardBorder(), THEME.cardText(), THEME.cardDetailText(),
                Map.of(Archetype.LEADER, Rgb.of(0)), THEME.offices(), THEME.teamFill(), THEME.teamBorder(),
                THEME.teamText(), THEME.lines(), THEME.sourcingDashes(), THEME.selection(), THEME.focusRing(), THEME.badges(),
                THEME.people(), THEME.ghostAlpha()));
    }

    @Test
    void cardStylesFollowTheNodeKind() {
        Role role = new Role("r", "R", Archetype.MODELER, null, null, 1, Sourcing.SECONDED, null, null, List.of(), 0, 0);
        CardStyle roleStyle = CardStyle.of(THEME, role);
        assertEquals(THEME.archetype(Archetype.MODELER), roleStyle.accent());
        assertEquals(THEME.cardFill(), roleStyle.fill());
        assertEquals(THEME.sourcingDash(Sourcing.SECONDED), roleStyle.dash());

        CardStyle executive = CardStyle.of(THEME, new Executive("e", Office.CFO, "CFO", 0, 0));
        assertEquals(THEME.office(Office.CFO), executive.fill());
        assertNotEquals(executive.fill(), executive.text());

        CardStyle team = CardStyle.of(THEME, new Team("t", "T", null, null, null, 0, 0));
        assertEquals(THEME.teamFill(), team.fill());
        assertTrue(team.dash().solid());
        assertEquals(team.accent(), CardStyle.accentOf(THEME, new Team("t", "T", null, null, null, 0, 0)));
    }

    @Test
    void ghostedStylesFadeEveryColour() {
        CardStyle ghost = CardStyle.of(THEME, Role.of("r", "R", Archetype.MAKER, 0, 0)).ghosted(0.25);
        for (Rgb colour : List.of(ghost.fill(), ghost.accent(), ghost.border(), ghost.text(), ghost.detailText())) {
            assertEquals(0.25, colour.alpha(), 1e-12);
        }
    }

    @Test
    void aThemeIsDarkByItsBackground() {
        assertFalse(ChartTheme.LIGHT.isDark());
        assertTrue(ChartTheme.DARK.isDark());
        assertFalse(ChartTheme.DARK.withBackground(Rgb.of(0xFFFFFF)).isDark(), "a dark palette printed on white");
    }
}
