package org.modesign.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.outline.SuperiorChoice.Refusal;

class SuperiorChoiceTest {

    private final OutlineTree tree = OutlineTree.of(OutlineTreeTest.scenario());

    private Optional<Refusal> refusal(String card, String superior) {
        return SuperiorChoice.refusal(tree, tree.indexOf(card), tree.indexOf(superior));
    }

    @Test
    void loopsItselfTheSameSuperiorAndNonRolesInTeamsAreRefused() {
        assertEquals(Optional.of(Refusal.ITSELF), refusal("cmo", "cmo"));
        assertEquals(Optional.of(Refusal.BELOW), refusal("cmo", "analyst"));
        assertEquals(Optional.of(Refusal.BELOW), refusal("ceo", "ops"));
        assertEquals(Optional.of(Refusal.ALREADY), refusal("ops", "cmo"));
        assertEquals(Optional.of(Refusal.NOT_A_ROLE), refusal("cio", "coe"));
        assertEquals(Optional.empty(), refusal("ops", "cio"));
        assertEquals(Optional.empty(), refusal("ops", "squad"));
        assertEquals(Optional.empty(), refusal("coe", "cio"));
    }

    @Test
    void everyOtherCardIsOfferedTopDownTheCurrentSuperiorFirst() {
        List<String> offered = new ArrayList<>();
        for (int v : SuperiorChoice.candidates(tree, tree.indexOf("coe"))) {
            offered.add(tree.id(v));
        }
        assertEquals(List.of("cmo", "ceo", "cio", "squad", "engineer", "analyst", "ops"), offered,
                "the cards below it too (refused when chosen)");
        assertFalse(offered.contains("coe"));
        assertEquals(tree.size() - 1, SuperiorChoice.candidates(tree, tree.indexOf("ceo")).length);
    }
}
