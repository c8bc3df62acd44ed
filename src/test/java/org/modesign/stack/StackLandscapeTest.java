package org.modesign.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.render.BadgeSeverity;
import org.modesign.render.StackChip;
import org.modesign.render.StackScene;
import org.modesign.render.TextMeasure;

/** The landscape's chips: which deployments show in a phase, where, and the findings' marks on them. */
class StackLandscapeTest {

    private final Design design = StackFixture.design();

    private StackLandscape landscape(String phase) {
        return StackLandscape.validated(design, StackFixture.scenario(design), phase, StackLabels.ENGLISH);
    }

    private static Map<String, StackChip> byKey(StackLandscape landscape) {
        return landscape.chips().stream().collect(Collectors.toMap(
                c -> (c.isGap() ? c.capability() : c.tool()) + "@" + c.region(), Function.identity()));
    }

    @Test
    void theFixtureIsAValidDesign() {
        assertEquals(List.of(), Integrity.check(design));
    }

    @Test
    void inAPhaseOnlyTheDeploymentsActiveThenAreChipsInTheirRegionsColumnAndTheirToolsLayer() {
        StackScene scene = landscape("p1").layout(TextMeasure.APPROXIMATE);
        assertEquals(List.of("Global", "Americas", "EMEA"), landscape("p1").columns());
        assertEquals(List.of("marketo"), tools(scene, Layer.EXPRESSION, 0), "HubSpot starts in phase 2");
        assertEquals(List.of("cms"), tools(scene, Layer.EXPRESSION, 1));
        assertEquals(List.of("segment"), tools(scene, Layer.PLATFORM, 0));
        assertEquals(List.of("onetrust"), tools(scene, Layer.GOVERNANCE, 2));
        assertEquals(4, scene.chipCount());
        StackScene later = landscape("p2").layout(TextMeasure.APPROXIMATE);
        assertEquals(List.of("hubspot", "marketo"), tools(later, Layer.EXPRESSION, 0),
                "HubSpot joins; by category, then name");
        assertEquals(List.of(), tools(later, Layer.GOVERNANCE, 2), "OneTrust ends after phase 1");
    }

    @Test
    void overAllPhasesEveryDeploymentIsAChip() {
        assertEquals(5, landscape(null).chips().stream().filter(c -> !c.isGap()).count());
    }

    private static List<String> tools(StackScene scene, Layer layer, int column) {
        return java.util.Arrays.stream(scene.chipsIn(layer, column))
                .mapToObj(i -> scene.chip(i).isGap() ? "gap:" + scene.chip(i).capability() : scene.chip(i).tool())
                .toList();
    }

    @Test
    void aChipShowsItsToolsNameAndItsOwnersTitle() {
        StackChip marketo = byKey(landscape("p1")).get("marketo@global");
        assertEquals("Marketo Engage", marketo.title());
        assertEquals("Marketing automation owner", marketo.detail());
        assertEquals(0, marketo.marks());
        assertNull(marketo.severity());
    }

    @Test
    void theFindingsOfThePhaseMarkTheirChipsInTheFindingsSeverity() {
        Map<String, StackChip> chips = byKey(landscape("p2"));
        StackChip hubspot = chips.get("hubspot@global");
        assertEquals(StackChip.NO_OWNER | StackChip.DUPLICATE, hubspot.marks());
        assertEquals("No owner", hubspot.detail());
        assertEquals(BadgeSeverity.WARNING, hubspot.severity());
        assertEquals(StackChip.DUPLICATE, chips.get("marketo@global").marks(), "the other tool for campaigns");
        StackChip cms = chips.get("cms@amer");
        assertEquals(StackChip.OWNER_INACTIVE, cms.marks());
        assertEquals("Americas web lead (inactive)", cms.detail());
        assertEquals(0, chips.get("segment@global").marks());
        StackChip gap = chips.get("web@emea");
        assertTrue(gap.isGap());
        assertEquals(StackChip.NO_TOOL, gap.marks());
        assertEquals("Build websites", gap.title());
        assertEquals("No tool", gap.detail());
        assertEquals(Layer.EXPRESSION, gap.layer());
        assertEquals(2, gap.column());
        assertEquals(null, chips.get("web@amer"), "the Americas have their CMS");
    }

    @Test
    void eachChipKeepsTheFindingsBehindItsMarks() {
        StackLandscape landscape = landscape("p2");
        for (int i = 0; i < landscape.chips().size(); i++) {
            StackChip chip = landscape.chips().get(i);
            List<Rule> rules = landscape.findings(i).stream().map(Finding::rule).toList();
            if (chip.has(StackChip.NO_OWNER) || chip.has(StackChip.OWNER_INACTIVE)) {
                assertTrue(rules.contains(Rule.TOOL_WITHOUT_OWNER), chip.toString());
            }
            if (chip.has(StackChip.DUPLICATE)) {
                assertTrue(rules.contains(Rule.DUPLICATE_TOOLS), chip.toString());
            }
            if (chip.isGap()) {
                assertEquals(List.of(Rule.UNSUPPORTED_CAPABILITY), rules);
            }
            assertEquals(chip.marks() == 0, rules.isEmpty(), chip.toString());
        }
    }

    @Test
    void findingsOfOtherPhasesOrScenariosMarkNothing() {
        List<Finding> all = Validator.validate(design, ScenarioIndex.of(design, StackFixture.scenario(design)));
        StackLandscape p1 = StackLandscape.of(design, StackFixture.scenario(design), "p1", all, StackLabels.ENGLISH);
        assertTrue(p1.chips().stream().allMatch(c -> c.marks() == 0), p1.chips().toString());
        StackLandscape none = StackLandscape.of(design, StackFixture.scenario(design), "p2", List.of(),
                StackLabels.ENGLISH);
        assertTrue(none.chips().stream().allMatch(c -> c.marks() == 0 && !c.isGap()),
                "the landscape judges nothing itself");
    }

    @Test
    void overAllPhasesTheMarksOfEveryPhaseShow() {
        Map<String, StackChip> chips = byKey(landscape(null));
        assertEquals(StackChip.OWNER_INACTIVE, chips.get("cms@amer").marks());
        assertTrue(chips.get("web@emea").isGap());
    }

    @Test
    void theWordsFollowTheLabels() {
        StackLabels upper = new StackLabels(key -> StackLabels.ENGLISH_TEXTS.get(key).toUpperCase(),
                java.util.Locale.ENGLISH);
        StackLandscape landscape = StackLandscape.validated(design, StackFixture.scenario(design), "p2", upper);
        assertEquals("GLOBAL", landscape.columns().get(0));
        assertEquals("NO OWNER", byKey(landscape).get("hubspot@global").detail());
        assertEquals("NO TOOL", byKey(landscape).get("web@emea").detail());
    }
}
