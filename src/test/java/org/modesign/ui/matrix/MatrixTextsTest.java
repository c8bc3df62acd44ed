package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.CapabilityStatus;
import org.modesign.analysis.SlotStatus;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Region;

/** The words of the status column. */
class MatrixTextsTest {

    private final Design design = MatrixFixture.design()
            .withRegions(List.of(new Region("amer", "Americas"), new Region("emea", "EMEA"),
                    new Region("apac", "APAC")))
            .withPhases(List.of(new Phase("p1", "Foundation", List.of("data")),
                    new Phase("p2", "Scale across markets", List.of("data"))));

    private String words(SlotStatus status, String phase, List<String> regions, boolean allPhases) {
        return MatrixTexts.status(new CapabilityStatus(status, phase, regions), design, allPhases);
    }

    @Test
    void aProblemNamesItsRegionsAndOverAllPhasesItsPhaseLast() {
        assertEquals("Unstaffed · APAC", words(SlotStatus.UNSTAFFED, "p1", List.of("apac"), false));
        assertEquals("Unstaffed · EMEA, APAC in Foundation",
                words(SlotStatus.UNSTAFFED, "p1", List.of("emea", "apac"), true));
        assertEquals("Overlap · 3 regions in Scale across markets",
                words(SlotStatus.OVERLAPPING, "p2", List.of("amer", "emea", "apac"), true));
        assertEquals("No accountable", words(SlotStatus.MISSING_ACCOUNTABLE, "p1", List.of("global"), false),
                "the global slot is not named");
    }

    @Test
    void goodStatusesAreOneWordAndAnUnknownOneSaysSo() {
        assertEquals("Staffed", words(SlotStatus.STAFFED, "p1", List.of(), false));
        assertEquals("Not required", words(SlotStatus.NOT_REQUIRED, null, List.of(), true));
        assertEquals("Checking…", MatrixTexts.status(null, design, true));
    }

    @Test
    void theStatusColumnIsSizedForTheLongestStatusTheDesignCanShow() {
        assertEquals("No accountable · Americas, EMEA in Scale across markets", MatrixTexts.widestStatus(design, true));
        assertEquals("No accountable · Americas, EMEA", MatrixTexts.widestStatus(design, false));
    }
}
