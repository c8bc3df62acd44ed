package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Sourcing;

class KeyedChartLabelsTest {

    @Test
    void englishHasAWordForEverything() {
        ChartLabels labels = ChartLabels.ENGLISH;
        assertEquals("Maestro", labels.archetype(Archetype.MAESTRO));
        assertEquals("Contractor", labels.sourcing(Sourcing.CONTRACTOR));
        assertEquals("IT", labels.office(Office.IT));
        assertEquals("Global", labels.globalRegion());
        assertEquals("Dotted line", labels.lineStyle(LineStyle.DOTTED));
        assertEquals("Member of team", labels.teamMember());
        assertEquals("Archetypes", labels.legendArchetypes());
    }

    @Test
    void fteIsRoundedToTwoDecimalsWithoutTrailingZeros() {
        assertEquals("1 FTE", ChartLabels.ENGLISH.fte(1.0));
        assertEquals("1.5 FTE", ChartLabels.ENGLISH.fte(1.5));
        assertEquals("0.33 FTE", ChartLabels.ENGLISH.fte(1.0 / 3));
        assertEquals("10000 FTE", ChartLabels.ENGLISH.fte(10_000));
        ChartLabels german = new KeyedChartLabels(KeyedChartLabels.ENGLISH_TEXTS::get, Locale.GERMANY);
        assertEquals("2,25 FTE", german.fte(2.25));
    }

    @Test
    void anUnknownKeyShowsAsItself() {
        ChartLabels labels = new KeyedChartLabels(key -> null, Locale.ROOT);
        assertEquals("archetype.maker", labels.archetype(Archetype.MAKER));
    }

    @Test
    void everyKeyAskedForIsListedAndEveryListedKeyIsAskedFor() {
        Set<String> asked = new HashSet<>();
        ChartLabels labels = new KeyedChartLabels(key -> {
            asked.add(key);
            return key;
        }, Locale.ROOT);
        for (Archetype archetype : Archetype.values()) {
            labels.archetype(archetype);
        }
        for (Sourcing sourcing : Sourcing.values()) {
            labels.sourcing(sourcing);
        }
        for (Office office : Office.values()) {
            labels.office(office);
        }
        for (LineStyle style : LineStyle.values()) {
            labels.lineStyle(style);
        }
        labels.fte(1);
        labels.globalRegion();
        labels.teamMember();
        labels.legendArchetypes();
        labels.legendSourcing();
        labels.legendLines();
        for (org.modesign.model.Staffing staffing : org.modesign.model.Staffing.values()) {
            labels.staffing(staffing);
        }
        for (org.modesign.model.TeamKind kind : org.modesign.model.TeamKind.values()) {
            labels.teamKind(kind);
        }
        labels.members(1);
        labels.members(5);
        labels.roles(1);
        labels.roles(120);
        labels.tools(1);
        labels.tools(3);
        labels.more(2);
        labels.legendStaffing();
        assertEquals(Set.copyOf(KeyedChartLabels.KEYS), asked);
    }
}
