package org.modesign.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;

/** The design File ▸ New starts from: the standard catalogue, sound and free of findings. */
class NewDesignsTest {

    private final Design design = NewDesigns.standard("Untitled design", "Phase 1", "Scenario 1");

    @Test
    void catalogueIsTheOneOfTheBundledSamples() {
        LoadResult sample = new DesignReader().parse(BundledSamples.read(BundledSamples.DEFAULT));
        assertEquals(sample.design().capabilities(), NewDesigns.standardCatalogue());
        assertEquals(22, design.capabilities().size());
    }

    @Test
    void holdsOnePhaseAndACentralizedScenarioWithCmoReportingToCeo() {
        assertEquals("Untitled design", design.title());
        assertEquals(1, design.phases().size());
        assertEquals("Phase 1", design.phases().get(0).name());
        Scenario scenario = design.scenarios().get(0);
        assertEquals(List.of("Scenario 1", Strategy.CENTRALIZED), List.of(scenario.name(), scenario.strategy()));
        Executive ceo = (Executive) scenario.node("ceo").orElseThrow();
        Executive cmo = (Executive) scenario.node("cmo").orElseThrow();
        assertEquals(List.of(Office.CEO, Office.CMO), List.of(ceo.office(), cmo.office()));
        assertTrue(cmo.y() > ceo.y(), "the CMO sits below the CEO");
        assertEquals(List.of(new Line("cmo", "ceo", LineStyle.SOLID)), scenario.lines());
    }

    @Test
    void isSoundHasNoFindingAndSurvivesAFileRoundTrip() {
        assertEquals(List.of(), Integrity.check(design));
        List<Finding> findings = Validator.validate(design, ScenarioIndex.of(design, design.scenarios().get(0)));
        assertEquals(List.of(), findings);
        String json = new DesignWriter().toJson(design);
        assertEquals(design, new DesignReader().parse(json.getBytes(StandardCharsets.UTF_8)).design());
    }
}
