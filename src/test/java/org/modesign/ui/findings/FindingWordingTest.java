package org.modesign.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.FindingKey;
import org.modesign.analysis.FindingText;
import org.modesign.analysis.Rule;
import org.modesign.analysis.Validator;
import org.modesign.text.Language;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Strategy;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;
import org.modesign.ui.i18n.I18n;

/**
 * The findings panel and the matrix word every finding from its one {@link FindingText}: in English
 * exactly as the validator writes it, in both Chinese variants from the same key and arguments.
 */
class FindingWordingTest {

    private static final String PHASE = "\u7B2C\u4E00\u9636\u6BB5";

    private final Design design = design();

    @AfterEach
    void backToEnglish() {
        I18n.use(Language.ENGLISH);
    }

    @Test
    void englishKeepsTheValidatorsSentences() {
        for (Finding f : Validator.validate(design)) {
            assertEquals(f.message(), worded(f));
        }
    }

    @Test
    void everyRuleIsWordedInEveryLanguageWithoutEnglishLeftOver() {
        for (Language language : Language.values()) {
            I18n.use(language);
            Map<Rule, String> byRule = new EnumMap<>(Rule.class);
            for (Finding f : Validator.validate(design)) {
                byRule.merge(f.rule(), worded(f), (a, b) -> a + " | " + b);
            }
            assertEquals(Rule.values().length, byRule.size(), language + ": " + byRule.keySet());
            byRule.forEach((rule, text) -> {
                assertFalse(text.contains("{") || text.contains("}"), language + " " + rule + ": " + text);
                if (language != Language.ENGLISH) {
                    assertFalse(text.matches(".*\\b(Capability|phase|Role|Team|and|has|region)\\b.*"),
                            language + " " + rule + ": " + text);
                }
            });
        }
    }

    @Test
    void everyRuleIsWordedInSimplifiedChinese() {
        I18n.use(Language.SIMPLIFIED_CHINESE);
        Map<Rule, String> byRule = new EnumMap<>(Rule.class);
        for (Finding f : Validator.validate(design)) {
            if (f.region() == null || f.region().equals(Region.GLOBAL)) {
                byRule.putIfAbsent(f.rule(), worded(f));
            }
        }
        assertEquals(Rule.values().length, byRule.size(), "the design breaks every rule: " + byRule.keySet());
        assertEquals("\u5728\u9636\u6BB5\u201C" + PHASE + "\u201D\u4E2D\uFF0C\u6CA1\u6709\u89D2\u8272\u627F\u62C5"
                + "\u80FD\u529B\u201C\u6570\u636E\u4ED3\u5E93\u201D\u3002", byRule.get(Rule.UNSTAFFED_CAPABILITY));
        assertEquals("\u5728\u9636\u6BB5\u201C" + PHASE + "\u201D\u4E2D\uFF0C\u89D2\u8272\u201C\u5206\u6790\u5E08"
                + "\u201D\uFF08a1\uFF09\u6709 3 \u540D\u76F4\u63A5\u4E0B\u5C5E\uFF0C\u8D85\u8FC7\u4E86\u4E0A\u9650 2 "
                + "\u540D\u3002", byRule.get(Rule.SPAN_OF_CONTROL));
        assertTrue(byRule.get(Rule.MULTIPLE_MANAGERS).contains("\uFF08\u6307\u5411\u201C\u5206\u6790\u5E08\u201D"
                + "\uFF08a1\uFF09\u548C\u201CCMO\u201D\uFF08cmo\uFF09\uFF09"), byRule.get(Rule.MULTIPLE_MANAGERS));
        assertTrue(byRule.get(Rule.ARCHETYPE_MISMATCH).contains("\uFF08\u521B\u5BA2\uFF09"), "the archetype's name");
        assertEquals("\u5728\u9636\u6BB5\u201C" + PHASE + "\u201D\u4E2D\uFF0C\u80FD\u529B\u201C\u5206\u6790\u201D"
                + "\u7531 2 \u4E2A\u5DE5\u5177\u652F\u6301\uFF1A\u201C\u5DE5\u5177\u4E00\u201D\u548C\u201C"
                + "\u5DE5\u5177\u4E8C\u201D\u3002", byRule.get(Rule.DUPLICATE_TOOLS));
        byRule.forEach((rule, text) -> {
            assertFalse(text.matches(".*\\b(Capability|phase|Role|and|has)\\b.*"), rule + ": " + text);
            assertTrue(text.endsWith("\u3002"), rule + ": " + text);
        });
    }

    @Test
    void aFindingOfARegionNamesIt() {
        I18n.use(Language.TRADITIONAL_CHINESE);
        Finding regional = Validator.validate(design).stream()
                .filter(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY && "apac".equals(f.region())).findFirst()
                .orElseThrow();
        assertTrue(worded(regional).contains("\u5340\u57DF\u4E9A\u592A\u6C92\u6709"),
                worded(regional));
    }

    @Test
    void aLongListOfNodesIsCountedInEveryLanguage() {
        I18n.use(Language.SIMPLIFIED_CHINESE);
        FindingText.NodeList six = new FindingText.NodeList(List.of(
                FindingText.of(FindingKey.NODE, "A", "a"), FindingText.of(FindingKey.NODE, "B", "b")), 1234);
        FindingText cycle = FindingText.of(FindingKey.REPORTING_CYCLE, six);
        assertEquals("Reporting lines form a cycle through \"A\" (a), \"B\" (b) and 1234 more.", cycle.english());
        assertTrue(cycle.localized(I18n.bundle()).contains("\u201CA\u201D\uFF08a\uFF09\u3001\u201CB\u201D"),
                cycle.localized(I18n.bundle()));
    }

    private static String worded(Finding f) {
        return f.text().localized(I18n.bundle());
    }

    /**
     * One scenario that breaks every rule in phase 1: an unstaffed capability (globally and in
     * APAC), one with two accountable roles, one with only a responsible role, a maker accountable
     * for a modeler's task, a role with two managers, a cycle, a role with no path to the CEO, and
     * a span of three over a maximum of two.
     */
    private static Design design() {
        List<Capability> capabilities = List.of(
                new Capability("dw", "\u6570\u636E\u4ED3\u5E93", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER),
                new Capability("camp", "\u8425\u9500\u6D3B\u52A8", Layer.EXPRESSION, Scope.PER_REGION,
                        Archetype.MARKETER),
                new Capability("bi", "\u5206\u6790", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER),
                new Capability("ops", "\u8FD0\u7EF4", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAESTRO),
                new Capability("mail", "\u90AE\u4EF6", Layer.EXPRESSION, Scope.GLOBAL, Archetype.MAESTRO, true));
        Role opening = Role.of("a5", "\u7A7A\u7F3A", Archetype.MAESTRO, 400, 100).withStaffing(Staffing.OPEN)
                .withResponsibilities(List.of(new Responsibility("mail", Raci.A)));
        List<Tool> tools = List.of(new Tool("t1", "\u5DE5\u5177\u4E00", ToolCategory.DATA, Layer.PLATFORM, 0,
                List.of("bi")), new Tool("t2", "\u5DE5\u5177\u4E8C", ToolCategory.DATA, Layer.PLATFORM, 0, List.of("bi")));
        Role analyst = Role.of("a1", "\u5206\u6790\u5E08", Archetype.MAKER, 0, 200)
                .withResponsibilities(List.of(new Responsibility("bi", Raci.A)));
        Role second = Role.of("a2", "\u7B2C\u4E8C\u5206\u6790\u5E08", Archetype.MODELER, 100, 300)
                .withResponsibilities(List.of(new Responsibility("bi", Raci.A), new Responsibility("ops", Raci.R)));
        Scenario s = new Scenario("s", "\u65B9\u6848", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 100),
                analyst, second,
                Role.of("a3", "\u5458\u5DE5\u4E09", Archetype.MARKETER, 200, 300),
                Role.of("a4", "\u5458\u5DE5\u56DB", Archetype.MARKETER, 300, 300),
                Role.of("x", "\u5B64\u7ACB", Archetype.MARKETER, 500, 0),
                Role.of("c1", "\u5FAA\u73AF\u4E00", Archetype.MARKETER, 600, 0),
                Role.of("c2", "\u5FAA\u73AF\u4E8C", Archetype.MARKETER, 700, 0), opening),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("a1", "cmo", LineStyle.SOLID),
                        new Line("a2", "a1", LineStyle.SOLID), new Line("a3", "a1", LineStyle.SOLID),
                        new Line("a4", "a1", LineStyle.SOLID), new Line("a2", "cmo", LineStyle.SOLID),
                        new Line("c1", "c2", LineStyle.SOLID), new Line("c2", "c1", LineStyle.SOLID),
                        new Line("a5", "ceo", LineStyle.SOLID)),
                List.of(new StackEntry("t1", Region.GLOBAL, null, null, null),
                        new StackEntry("t2", Region.GLOBAL, "a1", null, null)));
        return new Design("\u8BBE\u8BA1", "", new Settings(2),
                List.of(new Region("apac", "\u4E9A\u592A")), capabilities,
                List.of(new Phase("p1", PHASE, List.of("dw", "camp", "bi", "ops", "mail"))), List.of(s),
                Charter.EMPTY.withReadiness(List.of(new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO))), tools);
    }
}
