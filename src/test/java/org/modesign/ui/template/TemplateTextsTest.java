package org.modesign.ui.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.starter.Template;
import org.modesign.starter.TemplateFacts;
import org.modesign.starter.Templates;
import org.modesign.ui.i18n.I18n;

/** The names, descriptions and facts the template dialog shows, from the bundle. */
class TemplateTextsTest {

    @Test
    void everyTemplateHasANameAndAShortDescriptionInTheBundle() {
        List<String> missing = new ArrayList<>();
        for (Template template : Templates.all()) {
            for (String key : List.of(TemplateEntry.nameKey(template), TemplateEntry.descriptionKey(template))) {
                if (!I18n.has(key)) {
                    missing.add(key);
                }
            }
            if (I18n.has(TemplateEntry.descriptionKey(template))) {
                String description = I18n.tr(TemplateEntry.descriptionKey(template));
                long sentences = description.chars().filter(c -> c == '.').count();
                assertTrue(sentences >= 1 && sentences <= 2, "one or two sentences: " + description);
            }
        }
        assertEquals(List.of(), missing, "add these keys to messages.properties");
    }

    @Test
    void factsGiveTheSizeAtTheEndThePhasesAndTheScenarios() {
        TemplateFacts facts = new TemplateFacts(List.of("Lean"), List.of("Now", "Later"), List.of(), "Later", 1, 0,
                1.5);
        assertEquals(List.of("In \u201CLater\u201D: 1 role, 1.5 FTE, no teams",
                "2 phases: Now\u2002\u2192\u2002Later", "Scenario: Lean"), FactsText.lines(facts));
    }

    @Test
    void factsNameTheRegionsWhenThereAreAny() {
        TemplateFacts facts = new TemplateFacts(List.of("A", "B"), List.of("One"), List.of("EMEA", "APAC"), "One",
                12, 3, 10);
        assertEquals(List.of("In \u201COne\u201D: 12 roles, 10 FTE, 3 teams", "1 phase: One",
                "Scenarios: A\u2002\u00B7\u2002B", "Regions: EMEA\u2002\u00B7\u2002APAC"), FactsText.lines(facts));
    }
}
