package org.modesign.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Delta;
import org.modesign.analysis.SideBySide;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;

class MetricTextTest {

    private Locale format;

    @BeforeEach
    void english() {
        format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    private static SideBySide comparison() {
        Design d = CompareFixture.design();
        return SideBySide.of(d, d.scenarios().get(0), d, d.scenarios().get(0));
    }

    @Test
    void everyMetricAndEveryMapEntryHasAName() {
        SideBySide s = comparison();
        List<String> missing = new ArrayList<>();
        for (Delta d : s.comparison().values("p1")) {
            String label = MetricText.label(d.metric(), s);
            if (label.startsWith("!")) {
                missing.add(d.metric());
            }
        }
        for (String map : List.of("fteByArchetype", "fteByRegion", "fteBySourcing", "fteByOffice", "toolsByCategory",
                "errors", "warnings")) {
            if (!I18n.has("compare.metric." + map)) {
                missing.add(map);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("EMEA", MetricText.label("fteByRegion.emea", s));
        assertEquals("Global", MetricText.label("fteByRegion.global", s));
        assertEquals("No executive", MetricText.label("fteByOffice.none", s));
        assertEquals("Maker", MetricText.label("fteByArchetype.maker", s));
        assertEquals("Data", MetricText.label("toolsByCategory.data", s));
        assertEquals("Martech share of cost", MetricText.label("martechShare", s));
    }

    @Test
    void valuesReadAsCountsFteMeansAndPercentages() {
        assertEquals("12", MetricText.value("roles", 12));
        assertEquals("2.25", MetricText.value("fteByRegion.emea", 2.25));
        assertEquals("3.3", MetricText.value("spanMean", 10.0 / 3));
        assertEquals("66.7%", MetricText.value("coverage", 2.0 / 3));
        assertEquals("29%", MetricText.value("martechShare", 0.29));
        assertEquals("0.75", MetricText.value("openFte", 0.75));
        assertEquals("120,000", MetricText.value("peopleCost", 120000.0));
        assertEquals("\u2014", MetricText.value("fte", null));
    }

    @Test
    void differencesCarryTheirSignAndSharesArePercentagePoints() {
        assertEquals("+2", MetricText.difference("roles", 2.0));
        assertEquals("\u22120.5", MetricText.difference("fte", -0.5));
        assertEquals("\u221245.5 pts", MetricText.difference("centralShare", -0.455));
        assertEquals("+0.02", MetricText.difference("spanMean", 0.02), "never \"+0\" for a difference");
        assertEquals("", MetricText.difference("roles", 0.0));
        assertEquals("", MetricText.difference("roles", null));
        assertEquals(MetricText.Kind.FTE, MetricText.kind("fteBySourcing.agency"));
    }

    @Test
    void costsAreWholeAmountsInTheDesignsCurrency() {
        assertEquals("4,775,000 USD", MetricText.value("peopleCost", 4_775_000.0, "USD"));
        assertEquals("1,815,000", MetricText.value("toolCost", 1_815_000.0, ""), "no currency, no label");
        assertEquals("\u2212215,000 USD", MetricText.difference("toolCost", -215_000.0, "USD"));
        assertEquals("+0.4", MetricText.difference("toolCost", 0.4, "USD"), "never \"+0\"");
        assertEquals("27.5%", MetricText.value("martechShare", 0.2754, "USD"));
        assertEquals("3", MetricText.value("openFte", 3.0, "USD"));
        for (String metric : org.modesign.analysis.PhaseMetrics.V2_METRICS) {
            assertTrue(I18n.has("compare.metric." + metric), metric);
        }
    }
}
