package org.modesign.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;

/** The templates of File ▸ New from Template: every bundled sample, loaded strictly, with its facts. */
class TemplatesTest {

    @Test
    void everyBundledSampleIsATemplateInTheReadmeOrder() {
        assertEquals(List.of("mops-of-one", "mops-supporting-marketing", "mops-cmo-best-friend",
                "central-vs-local-expression", "mo-in-it-six-months", "mops-from-chaos", "boundaryless-roadmap"),
                Templates.all().stream().map(Template::id).toList());
        assertEquals(BundledSamples.ALL, Templates.all().stream().map(Template::sample).toList());
    }

    @Test
    void aTemplateIsFoundByItsId() {
        assertEquals(Optional.of(new Template("boundaryless-roadmap", "boundaryless-roadmap.modesign")),
                Templates.byId("boundaryless-roadmap"));
        assertEquals(Optional.empty(), Templates.byId("boundaryless-roadmap.modesign"));
    }

    @Test
    void everyTemplateLoadsAsItsSampleReads() {
        for (Template template : Templates.all()) {
            Design expected = new DesignReader().parse(BundledSamples.read(template.sample())).design();
            assertEquals(expected, Templates.load(template), template.id());
        }
    }

    @Test
    void aTemplateWithoutASampleIsABrokenBuild() {
        assertThrows(IllegalArgumentException.class, () -> Templates.load(new Template("gone", "gone.modesign")));
    }

    @Test
    void factsOfMopsOfOneCountTheRolesActiveInYearTwo() {
        TemplateFacts facts = TemplateFacts.of(Templates.load(Templates.byId("mops-of-one").orElseThrow()));
        assertEquals(List.of("MOps of one"), facts.scenarios());
        assertEquals(List.of("Today", "Year 2"), facts.phases());
        assertEquals(List.of(), facts.regions());
        assertEquals("Year 2", facts.lastPhase());
        // The manager, three marketers and the CRM analyst, plus the agency and analyst who start in Year 2.
        assertEquals(7, facts.roles());
        assertEquals(0, facts.teams());
        assertEquals(5.0, facts.fte(), 1e-9);
    }

    @Test
    void factsNameEveryScenarioPhaseAndRegion() {
        TemplateFacts facts = TemplateFacts.of(Templates.load(Templates.byId("central-vs-local-expression")
                .orElseThrow()));
        assertEquals(List.of("Centralized CoE", "Central platform, local expression"), facts.scenarios());
        assertEquals(3, facts.phases().size());
        assertEquals(List.of("Americas", "EMEA", "APAC"), facts.regions());
        assertTrue(facts.roles() > 10 && facts.teams() > 0, facts.toString());
    }
}
