package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Validator;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.starter.NewDesigns;

class SetAllRequiredTest {

    private final Design design = NewDesigns.standard("t", "Today", "As-is");

    @Test
    void requireAllKeepsWhatWasRequiredFirstAndAddsTheRestInCatalogueOrder() {
        List<String> catalogue = design.capabilities().stream().map(Capability::id).toList();
        String last = catalogue.get(catalogue.size() - 1);
        Design one = new SetRequired("p1", last, true).apply(design);
        Design all = SetAllRequired.of(one, "p1", true).apply(one);
        List<String> required = all.phases().get(0).requires();
        assertEquals(last, required.get(0));
        assertEquals(catalogue.size(), required.size());
        assertEquals(catalogue.subList(0, catalogue.size() - 1), required.subList(1, required.size()));
        assertSame(all, SetAllRequired.of(all, "p1", true).apply(all), "nothing to change");
        Design none = SetAllRequired.of(all, "p1", false).apply(all);
        assertEquals(List.of(), none.phases().get(0).requires());
    }

    @Test
    void theStepIsNamedWithThePhasesName() {
        assertEquals("Require every capability in \u201CToday\u201D", SetAllRequired.of(design, "p1", true).description());
        assertEquals("Require no capability in \u201CToday\u201D", SetAllRequired.of(design, "p1", false).description());
    }

    @Test
    void anUnknownPhaseIsRefused() {
        assertThrows(EditRejected.class, () -> SetAllRequired.of(design, "p9", true).apply(design));
    }

    @Test
    void aNewDesignCanStartWithTheWholeCatalogueRequired() {
        Design required = NewDesigns.requiringCatalogue(design);
        assertEquals(design.capabilities().stream().map(Capability::id).toList(), required.phases().get(0).requires());
        assertEquals(List.of(new Phase("p1", "Today", List.of())), design.phases(), "the design given is unchanged");
        assertEquals(0, Validator.validate(design).size(), "requiring nothing, a new design has no findings");
        assertTrue(Validator.validate(required).size() >= design.capabilities().size() - 1,
                "requiring the catalogue, it says which capabilities nobody owns: " + Validator.validate(required));
    }
}
