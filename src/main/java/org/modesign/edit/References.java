package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * What still refers to a capability, a region or a phase, in every scenario of a design: the cards
 * (roles holding the capability; teams and roles placed in the region; teams and roles starting or
 * ending in the phase), how many scenarios they are in, and the phases that require the capability.
 * {@link #explanation()} says it in one sentence, e.g. "\"Run campaigns\" is still in use: 3 roles
 * in 2 scenarios hold it; phases \"Foundation\", \"Scale\" require it." Each query is O(cards +
 * responsibilities).
 */
public final class References {

    private final String name;
    private final EditKey cardsPart;
    private final int cards;
    private final int scenarios;
    private final List<String> requiredIn;

    private References(String name, EditKey cardsPart, int[] counts, List<String> requiredIn) {
        this.name = name;
        this.cardsPart = cardsPart;
        this.cards = counts[0];
        this.scenarios = counts[1];
        this.requiredIn = List.copyOf(requiredIn);
    }

    /** The roles holding a letter on capability {@code id} and the phases requiring it. */
    public static References toCapability(Design design, String id) {
        String name = design.capabilities().get(Catalogue.capabilityIndex(design, id)).name();
        List<String> phases = new ArrayList<>();
        for (Phase phase : design.phases()) {
            if (phase.requires().contains(id)) {
                phases.add(phase.name());
            }
        }
        return new References(name, EditKey.PART_HELD,
                count(design, node -> node instanceof Role role && role.raciFor(id).isPresent()), phases);
    }

    /** The teams and roles whose own region is {@code id}. */
    public static References toRegion(Design design, String id) {
        String name = design.regions().get(Catalogue.regionIndex(design, id)).name();
        return new References(name, EditKey.PART_PLACED, count(design, node -> id.equals(Cards.region(node))),
                List.of());
    }

    /** The teams and roles whose {@code from} or {@code to} is phase {@code id}. */
    public static References toPhase(Design design, String id) {
        String name = design.phases().get(Catalogue.phaseIndex(design, id)).name();
        return new References(name, EditKey.PART_ACTIVE,
                count(design, node -> id.equals(Cards.from(node)) || id.equals(Cards.to(node))), List.of());
    }

    /** {cards matching, scenarios holding at least one of them}. */
    private static int[] count(Design design, Predicate<Node> refers) {
        int[] counts = new int[2];
        for (Scenario scenario : design.scenarios()) {
            int before = counts[0];
            for (Node node : scenario.nodes()) {
                if (refers.test(node)) {
                    counts[0]++;
                }
            }
            if (counts[0] > before) {
                counts[1]++;
            }
        }
        return counts;
    }

    /** Whether nothing refers to it: it can be removed as it is. */
    public boolean isEmpty() {
        return cards == 0 && requiredIn.isEmpty();
    }

    /** The name of what is referred to. */
    public String name() {
        return name;
    }

    /** How many cards refer to it, in all scenarios. */
    public int cards() {
        return cards;
    }

    /** How many scenarios hold those cards. */
    public int scenarios() {
        return scenarios;
    }

    /** The names of the phases that require it (a capability), in plan order. */
    public List<String> requiredIn() {
        return requiredIn;
    }

    /** One sentence naming what refers to it; only meaningful when {@link #isEmpty()} is false. */
    public EditText explanation() {
        List<EditText> parts = new ArrayList<>(2);
        if (cards > 0) {
            parts.add(EditText.of(cardsPart, cards, scenarios));
        }
        if (!requiredIn.isEmpty()) {
            parts.add(EditText.of(EditKey.PART_REQUIRED, requiredIn.size(), quotedList(requiredIn)));
        }
        return parts.size() == 2
                ? EditText.of(EditKey.IN_USE_TWICE, name, parts.get(0), parts.get(1))
                : EditText.of(EditKey.IN_USE, name, parts.isEmpty() ? "" : parts.get(0));
    }

    private static String quotedList(List<String> names) {
        List<String> quoted = new ArrayList<>(names.size());
        names.forEach(n -> quoted.add('"' + n + '"'));
        return String.join(", ", quoted);
    }

    @Override
    public String toString() {
        return explanation().english();
    }
}
