package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Scope;

/** not-ready (format-v2.md §4, §7): once per file, no scenario, before every other finding. */
class ReadinessRuleTest {

    private static Design build(TestDesigns t) {
        return t.capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq")
                .scenario("a", s -> s.ceo("ceo")).scenario("b", s -> s.ceo("ceo")).build();
    }

    @Test
    void eachTestAnsweredNoIsOneFindingOncePerFileInReadinessOrderAndFirst() {
        Design d = build(TestDesigns.design().readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO, "Seen as a cost centre")
                .readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.PARTLY, "")
                .readiness(ReadinessTest.NEED, ReadinessAnswer.NO, ""));
        List<Finding> all = Validator.validate(d);
        List<Finding> notReady = all.stream().filter(f -> f.rule() == Rule.NOT_READY).toList();
        assertEquals(notReady, all.subList(0, 2));
        assertEquals(List.of("The company is not ready for a marketing operations function: it does not want the"
                        + " revenue of marketing measured (Seen as a cost centre).",
                "The company is not ready for a marketing operations function: it has no need that marketing can"
                        + " connect to."),
                notReady.stream().map(Finding::message).toList());
        for (Finding f : notReady) {
            assertNull(f.scenario());
            assertNull(f.phase());
            assertNull(f.capability());
            assertNull(f.region());
            assertNull(f.tool());
            assertEquals(List.of(), f.nodes());
            assertEquals(List.of(), f.tools());
            assertEquals(Severity.INFO, f.severity());
        }
        assertEquals(notReady, Validator.fileFindings(d));
        assertEquals(List.of(), Validator.validate(d, d.scenarios().get(0)).stream()
                .filter(f -> f.rule() == Rule.NOT_READY).toList(), "not per scenario");
    }

    @Test
    void noAnswerNoOrNoCharterIsNoFinding() {
        Design d = build(TestDesigns.design().readiness(ReadinessTest.NEED, ReadinessAnswer.YES, "")
                .readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.PARTLY, "no budget"));
        assertEquals(List.of(), Validator.fileFindings(d));
        assertEquals(List.of(), Validator.fileFindings(build(TestDesigns.design())));
    }

    @Test
    void theTestsAreWordedInEveryLanguage() {
        Design d = build(TestDesigns.design().readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.NO, ""));
        Finding f = Validator.fileFindings(d).get(0);
        assertEquals("The company is not ready for a marketing operations function: it does not believe that"
                + " technology gives it an edge.", f.message());
        ResourceBundle chinese = ResourceBundle.getBundle("org.modesign.ui.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("公司尚未准备好建立营销运营职能：公司不相信技术能带来优势。", f.text().localized(chinese));
    }
}
