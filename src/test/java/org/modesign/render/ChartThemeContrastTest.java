package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/**
 * Every colour pair the chart paints, in the light and dark themes and the exports' (the light theme
 * on white), meets WCAG 2.2: text 4.5 : 1 against what is behind it (card titles and details on
 * every kind of card, executives' words on their office colour, tags' words on the tag, the tools
 * tag on a card), borders, lines, badges, the selection, the keyboard's focus ring and glyphs 3 : 1.
 * The archetype bands need not: the archetype is also
 * the glyph's shape and the word on the card. And the archetypes' colours stay apart for typical
 * vision and under simulated protanopia, deuteranopia and tritanopia.
 */
class ChartThemeContrastTest {

    /** The least colour difference (CIE76 ΔE) between two archetypes, for any kind of vision. */
    private static final double DISTINCT = 12;

    static Stream<Arguments> themes() {
        return Stream.of(Arguments.of("light", ChartTheme.LIGHT), Arguments.of("dark", ChartTheme.DARK),
                Arguments.of("export", ChartTheme.LIGHT.withBackground(Rgb.of(0xFFFFFF))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void everyTextAndGraphicStandsOut(String name, ChartTheme theme) {
        List<String> failures = new ArrayList<>();
        Checker check = (what, front, back, least) -> {
            double ratio = Contrast.ratio(Contrast.over(front, back), back);
            if (ratio < least) {
                failures.add(String.format("%s: %s on %s is %.2f : 1, needs %.1f", what, front.hex(), back.hex(),
                        ratio, least));
            }
        };
        Rgb background = theme.background();
        for (var role : roles()) {
            CardStyle style = CardStyle.of(theme, role);
            String what = "role " + role.staffing().code();
            check.at(what + " title", style.text(), style.fill(), Contrast.TEXT);
            check.at(what + " detail", style.detailText(), style.fill(), Contrast.TEXT);
            check.at(what + " border", style.border(), background, Contrast.GRAPHICS);
            check.at(what + " glyph", style.accent().contrasting(), style.accent(), Contrast.GRAPHICS);
            if (role.staffing().vacant()) {
                check.at(what + " tag", theme.cardFill(), style.border(), Contrast.TEXT);
            }
        }
        for (Office office : Office.values()) {
            CardStyle style = CardStyle.of(theme, new Executive("e", office, "Chief", 0, 0));
            check.at(office + " title", style.text(), style.fill(), Contrast.TEXT);
            check.at(office + " detail", style.detailText(), style.fill(), Contrast.TEXT);
            check.at(office + " card", style.fill(), background, Contrast.GRAPHICS);
        }
        for (TeamKind kind : TeamKind.values()) {
            CardStyle style = CardStyle.of(theme, new Team("t", "Team", null, null, null, 0, 0, kind));
            check.at(kind + " team title", style.text(), style.fill(), Contrast.TEXT);
            check.at(kind + " team detail", style.detailText(), style.fill(), Contrast.TEXT);
            check.at(kind + " team border", style.border(), background, Contrast.GRAPHICS);
            check.at(kind + " team tag", theme.cardFill(), style.accent(), Contrast.TEXT);
        }
        check.at("card border on its card", theme.cardBorder(), theme.cardFill(), Contrast.GRAPHICS);
        check.at("tools tag on a card", theme.people().tools(), theme.cardFill(), Contrast.GRAPHICS);
        check.at("tools tag words", theme.people().toolsText(), theme.people().tools(), Contrast.TEXT);
        for (var line : theme.lines().entrySet()) {
            check.at(line.getKey() + " line", line.getValue().colour(), background, Contrast.GRAPHICS);
        }
        check.at("selection", theme.selection(), background, Contrast.GRAPHICS);
        check.at("selection on a card", theme.selection(), theme.cardFill(), Contrast.GRAPHICS);
        check.at("focus ring", theme.focusRing(), background, Contrast.GRAPHICS);
        check.at("focus ring by a card", theme.focusRing(), theme.cardFill(), Contrast.GRAPHICS);
        check.at("focus ring by a team", theme.focusRing(), theme.teamFill(), Contrast.GRAPHICS);
        for (Map.Entry<BadgeSeverity, Rgb> badge : theme.badges().entrySet()) {
            check.at(badge.getKey() + " badge", badge.getValue(), background, Contrast.GRAPHICS);
            check.at(badge.getKey() + " badge glyph", badge.getValue().contrasting(), badge.getValue(), Contrast.TEXT);
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void archetypesStayApartForEveryKindOfVision(String name, ChartTheme theme) {
        for (ColourVision vision : ColourVision.values()) {
            Function<Archetype, Rgb> seen = a -> vision.see(theme.archetype(a));
            for (Archetype a : Archetype.values()) {
                for (Archetype b : EnumSet.range(a, Archetype.values()[Archetype.values().length - 1])) {
                    if (a != b) {
                        double difference = ColourVision.difference(seen.apply(a), seen.apply(b));
                        assertTrue(difference >= DISTINCT, () -> String.format("%s and %s under %s: ΔE %.1f", a, b,
                                vision, difference));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void severitiesStayApartForEveryKindOfVision(String name, ChartTheme theme) {
        for (ColourVision vision : ColourVision.values()) {
            List<Rgb> seen = theme.badges().values().stream().map(vision::see).toList();
            for (int i = 0; i < seen.size(); i++) {
                for (int j = i + 1; j < seen.size(); j++) {
                    double difference = ColourVision.difference(seen.get(i), seen.get(j));
                    assertTrue(difference >= DISTINCT, vision + ": ΔE " + difference);
                }
            }
        }
    }

    private static List<Role> roles() {
        List<Role> roles = new ArrayList<>();
        for (Staffing staffing : Staffing.values()) {
            roles.add(new Role("r", "Role", Archetype.MAESTRO, null, null, 1, Sourcing.IN_HOUSE, null, null,
                    List.of(), 0, 0).withStaffing(staffing));
        }
        for (Archetype archetype : Archetype.values()) {
            roles.add(new Role("r", "Role", archetype, null, null, 1, Sourcing.IN_HOUSE, null, null, List.of(), 0, 0));
        }
        return roles;
    }

    /** Records a pair that does not meet its least contrast. */
    private interface Checker {
        void at(String what, Rgb front, Rgb back, double least);
    }
}
