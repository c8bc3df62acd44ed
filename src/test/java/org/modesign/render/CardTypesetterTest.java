package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.NodeType;

/** How a card's words are set: titles wrap before they are cut, details run on, and all stays on the card. */
class CardTypesetterTest {

    private static final double ROOM = CardMetrics.ROLE_WIDTH - CardMetrics.BAND_WIDTH - 2 * CardMetrics.PADDING;
    private static final List<String> DETAILS = List.of("Maestro", "1 FTE", "Global");

    private final CardTypesetter typesetter = new CardTypesetter();
    private final RecordingSurface surface = new RecordingSurface();

    private CardLines role(String title, List<String> details, CardTypesetter.Mode mode) {
        return typesetter.set(surface, NodeType.ROLE, CardMetrics.ROLE_WIDTH, CardMetrics.ROLE_HEIGHT, title, details,
                mode);
    }

    private static List<String> texts(List<CardLines.TextLine> lines) {
        return lines.stream().map(CardLines.TextLine::text).toList();
    }

    /** Every line fits the card's width, and the text block lies inside the card's height. */
    private void assertOnTheCard(CardLines lines, double height) {
        for (CardLines.TextLine line : lines.lines()) {
            assertTrue(surface.textWidth(line.text(), line.font()) <= ROOM, line.text());
            assertTrue(line.baseline() - CardMetrics.CAP_HEIGHT * line.font().size() >= 0, line.text() + " under the top");
            assertTrue(line.baseline() + CardMetrics.DESCENT * line.font().size() <= height, line.text() + " over the bottom");
        }
    }

    @Test
    void aShortTitleIsOneLineAboveTheDetail() {
        CardLines lines = role("Analyst", DETAILS, CardTypesetter.Mode.FULL);
        assertEquals(List.of("Analyst"), texts(lines.title()));
        assertEquals(List.of("Maestro · 1 FTE · Global"), texts(lines.detail()));
        assertFalse(lines.titleCut() || lines.detailCut());
        assertEquals(CardMetrics.TITLE_FONT, lines.title().get(0).font());
        assertEquals(CardMetrics.DETAIL_FONT, lines.detail().get(0).font());
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
    }

    @Test
    void aLongTitleWrapsToTwoLinesWhole() {
        String title = "Marketing operations programme manager";
        assertTrue(surface.textWidth(title, CardMetrics.TITLE_FONT) > ROOM, "too long for one line");
        CardLines lines = role(title, DETAILS, CardTypesetter.Mode.FULL);
        assertEquals(List.of("Marketing operations", "programme manager"), texts(lines.title()));
        assertFalse(lines.titleCut());
        assertEquals(1, lines.detail().size());
        assertEquals(CardMetrics.TITLE_LEADING, lines.title().get(1).baseline() - lines.title().get(0).baseline());
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
    }

    @Test
    void aTitleTooLongForTheCardIsCutWithAnEllipsisAtTheEndOfItsLastLine() {
        String title = "Senior global marketing automation platform owner and architect for every region";
        CardLines lines = role(title, List.of("Maestro", "1 FTE", "International markets"), CardTypesetter.Mode.FULL);
        List<String> shown = texts(lines.title());
        assertTrue(lines.titleCut());
        assertEquals(CardTypesetter.TITLE_LINES, shown.size(), "two lines while the detail needs two: " + shown);
        String last = shown.get(shown.size() - 1);
        assertTrue(last.endsWith(TextFitter.ELLIPSIS), last);
        String before = String.join(" ", shown.subList(0, shown.size() - 1)) + " "
                + last.substring(0, last.length() - 1).strip();
        assertTrue(title.startsWith(before), before);
        assertEquals(List.of("Maestro · 1 FTE", "International markets"), texts(lines.detail()), "the detail stays whole");
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
    }

    @Test
    void aTitleGetsAThirdLineWhenTheDetailStillFitsAndIsCutOnlyWhenEvenThatIsNotEnough() {
        String three = "Director of marketing planning, finance and procurement";
        CardLines lines = role(three, DETAILS, CardTypesetter.Mode.FULL);
        assertEquals(3, lines.title().size(), texts(lines.title()).toString());
        assertFalse(lines.titleCut());
        assertEquals(String.join(" ", texts(lines.title())), three);
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
        CardLines four = role(three + " for the whole group", DETAILS, CardTypesetter.Mode.FULL);
        assertEquals(3, four.title().size());
        assertTrue(four.titleCut());
    }

    @Test
    void detailPartsRunOnAndBreakBetweenParts() {
        CardLines lines = role("Analyst", List.of("Marketer", "2 FTE", "International markets", "Agency"),
                CardTypesetter.Mode.FULL);
        assertEquals(List.of("Marketer · 2 FTE", "International markets", "Agency"), texts(lines.detail()));
        assertFalse(lines.detailCut());
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
    }

    @Test
    void theDetailIsCutOnlyWhenItHasNoRoomLeft() {
        CardLines lines = role("Marketing operations programme manager",
                List.of("Marketer", "2 FTE", "International markets", "Agency"), CardTypesetter.Mode.FULL);
        assertEquals(2, lines.title().size());
        assertFalse(lines.titleCut(), "the title comes first");
        assertTrue(lines.detailCut());
        assertEquals(2, lines.detail().size());
        assertEquals("Marketer · 2 FTE", lines.detail().get(0).text());
        assertTrue(texts(lines.detail()).get(1).startsWith("International markets"));
        assertTrue(texts(lines.detail()).get(1).endsWith(TextFitter.ELLIPSIS));
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
    }

    @Test
    void inAnExportEveryTitleIsWholeSetSmallerOnlyWhenItMustBe() {
        String title = "Senior global marketing automation platform owner and architect for every region";
        CardLines lines = role(title, DETAILS, CardTypesetter.Mode.WHOLE);
        assertFalse(lines.titleCut());
        assertEquals(title, String.join(" ", texts(lines.title())));
        assertEquals(1, lines.detail().size(), "the detail gives way to the title");
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);

        String huge = String.join(" ", java.util.Collections.nCopies(30, "Marketing operations"));
        CardLines shrunk = role(huge, DETAILS, CardTypesetter.Mode.WHOLE);
        assertFalse(shrunk.titleCut());
        assertEquals(huge, String.join(" ", texts(shrunk.title())));
        assertTrue(shrunk.title().get(0).font().size() < CardMetrics.TITLE_FONT.size());
        assertOnTheCard(shrunk, CardMetrics.ROLE_HEIGHT);

        CardLines fits = role("Marketing operations programme manager", DETAILS, CardTypesetter.Mode.WHOLE);
        assertEquals(role("Marketing operations programme manager", DETAILS, CardTypesetter.Mode.FULL).lines(),
                fits.lines(), "a title that fits is set as on screen");
    }

    @Test
    void compactCardsCarryTheTitleOnlyOverAsManyLinesAsFit() {
        String title = "Demand generation lead";
        assertEquals(1, role(title, DETAILS, CardTypesetter.Mode.FULL).title().size());
        CardLines lines = role(title, DETAILS, CardTypesetter.Mode.COMPACT);
        assertTrue(lines.detail().isEmpty());
        assertFalse(lines.titleCut());
        assertEquals(List.of("Demand", "generation lead"), texts(lines.title()), "the larger font needs more lines");
        assertEquals(CardMetrics.COMPACT_FONT, lines.title().get(0).font());
        assertOnTheCard(lines, CardMetrics.ROLE_HEIGHT);
        CardLines cut = role("Director of marketing planning and finance", DETAILS, CardTypesetter.Mode.COMPACT);
        assertEquals(3, cut.title().size(), "three lines fit a role card");
        assertTrue(cut.titleCut());
        assertOnTheCard(cut, CardMetrics.ROLE_HEIGHT);
    }

    @Test
    void executivesAreCentredAndTeamsStandUnderTheirStrip() {
        CardLines executive = typesetter.set(surface, NodeType.EXECUTIVE, CardMetrics.EXECUTIVE_WIDTH,
                CardMetrics.EXECUTIVE_HEIGHT, "President, Industrial Automation", List.of("Other"),
                CardTypesetter.Mode.FULL);
        assertEquals(List.of("President, Industrial", "Automation"), texts(executive.title()));
        for (CardLines.TextLine line : executive.lines()) {
            assertEquals(TextAlign.CENTER, line.align());
            assertEquals(CardMetrics.EXECUTIVE_WIDTH / 2, line.x());
        }
        CardLines team = typesetter.set(surface, NodeType.TEAM, CardMetrics.TEAM_WIDTH, CardMetrics.TEAM_HEIGHT,
                "Marketing analytics", List.of("EMEA"), CardTypesetter.Mode.FULL);
        assertTrue(team.lines().get(0).baseline() - CardMetrics.CAP_HEIGHT * CardMetrics.TITLE_FONT.size()
                >= CardMetrics.TEAM_STRIP);
        assertEquals(List.of("EMEA"), texts(team.detail()));
    }

    @Test
    void theBlockIsCentredInTheCardsHeight() {
        CardLines lines = role("Analyst", DETAILS, CardTypesetter.Mode.FULL);
        double top = lines.lines().get(0).baseline() - CardMetrics.CAP_HEIGHT * CardMetrics.TITLE_FONT.size();
        CardLines.TextLine last = lines.lines().get(lines.lines().size() - 1);
        double bottom = last.baseline() + CardMetrics.DESCENT * last.font().size();
        assertEquals(top, CardMetrics.ROLE_HEIGHT - bottom, 1e-9);
    }

    @Test
    void aCardIsSetOnceAndThenComesFromTheCache() {
        int[] measured = {0};
        Surface counting = new RecordingSurface() {
            @Override
            public double textWidth(String text, FontSpec font) {
                measured[0]++;
                return super.textWidth(text, font);
            }
        };
        CardLines first = typesetter.set(counting, NodeType.ROLE, CardMetrics.ROLE_WIDTH, CardMetrics.ROLE_HEIGHT,
                "Marketing operations programme manager", DETAILS, CardTypesetter.Mode.FULL);
        int once = measured[0];
        assertTrue(once > 0);
        CardLines again = typesetter.set(counting, NodeType.ROLE, CardMetrics.ROLE_WIDTH, CardMetrics.ROLE_HEIGHT,
                "Marketing operations programme manager", List.of("Maestro", "1 FTE", "Global"),
                CardTypesetter.Mode.FULL);
        assertSame(first, again);
        assertEquals(once, measured[0], "nothing measured the second time");
    }
}
