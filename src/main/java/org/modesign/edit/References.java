package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * What still refers to a capability, a region, a phase or a tool, in every scenario of a design:
 * the cards (roles holding the capability; teams and roles placed in the region;
 * teams and roles starting or ending in the phase), how many scenarios they are in, the phases that
 * require the capability, and the version 2 references beside them (executives holding the
 * capability; tools serving it;
 * letters and FTE changes tied to the phase; tool deployments in the region, starting or ending in
 * the phase, or of the tool; objectives of the phase). {@link #explanation()} says it in one
 * sentence, e.g. "\"Run campaigns\" is still in use: 3 cards in 2 scenarios hold it; phases
 * \"Foundation\", \"Scale\" require it." Each query is O(cards + letters + deployments).
 */
public final class References {

    private final String name;
    private final int cards;
    private final int scenarios;
    private final List<String> requiredIn;
    private final List<EditText> parts;

    private References(String name, int[] cardCounts, List<String> requiredIn, List<EditText> parts) {
        this.name = name;
        this.cards = cardCounts[0];
        this.scenarios = cardCounts[1];
        this.requiredIn = List.copyOf(requiredIn);
        this.parts = List.copyOf(parts);
    }

    /**
     * The roles holding a letter on capability {@code id}, the phases requiring it, the executives
     * holding a letter on it and the tools serving it.
     */
    public static References toCapability(Design design, String id) {
        String name = design.capabilities().get(Catalogue.capabilityIndex(design, id)).name();
        List<String> phases = new ArrayList<>();
        for (Phase phase : design.phases()) {
            if (phase.requires().contains(id)) {
                phases.add(phase.name());
            }
        }
        List<String> tools = new ArrayList<>();
        for (Tool tool : design.tools()) {
            if (tool.serves(id)) {
                tools.add(tool.name());
            }
        }
        int[] held = count(design, node -> node instanceof Role && holds(node, id));
        List<EditText> parts = new ArrayList<>(4);
        cardsPart(parts, EditKey.PART_HELD, held);
        cardsPart(parts, EditKey.PART_HELD_BY_EXECUTIVES,
                count(design, node -> node instanceof Executive && holds(node, id)));
        listPart(parts, EditKey.PART_REQUIRED, phases);
        listPart(parts, EditKey.PART_SERVED, tools);
        return new References(name, held, phases, parts);
    }

    /** The teams and roles whose own region is {@code id}, and the tool deployments in it. */
    public static References toRegion(Design design, String id) {
        String name = design.regions().get(Catalogue.regionIndex(design, id)).name();
        int[] placed = count(design, node -> id.equals(Cards.region(node)));
        List<EditText> parts = new ArrayList<>(2);
        cardsPart(parts, EditKey.PART_PLACED, placed);
        cardsPart(parts, EditKey.PART_DEPLOYED_IN, deployments(design, entry -> id.equals(entry.region())));
        return new References(name, placed, List.of(), parts);
    }

    /**
     * The teams and roles whose {@code from} or {@code to} is phase {@code id}; the roles and
     * executives with a letter starting or ending in it or an FTE change in it; the tool
     * deployments starting or ending in it; the objectives of the phase.
     */
    public static References toPhase(Design design, String id) {
        String name = design.phases().get(Catalogue.phaseIndex(design, id)).name();
        int[] active = count(design, node -> id.equals(Cards.from(node)) || id.equals(Cards.to(node)));
        List<String> objectives = new ArrayList<>();
        for (Objective objective : design.charter().objectives()) {
            if (id.equals(objective.phase())) {
                objectives.add(objective.text());
            }
        }
        List<EditText> parts = new ArrayList<>(4);
        cardsPart(parts, EditKey.PART_ACTIVE, active);
        cardsPart(parts, EditKey.PART_CHANGING, count(design, node -> changesIn(node, id)));
        cardsPart(parts, EditKey.PART_DEPLOYMENT_ACTIVE,
                deployments(design, entry -> id.equals(entry.from()) || id.equals(entry.to())));
        listPart(parts, EditKey.PART_OBJECTIVES, objectives);
        return new References(name, active, List.of(), parts);
    }

    /** The deployments of tool {@code id} in every scenario. */
    public static References toTool(Design design, String id) {
        String name = design.tools().get(Catalogue.toolIndex(design, id)).name();
        List<EditText> parts = new ArrayList<>(1);
        cardsPart(parts, EditKey.PART_DEPLOYED, deployments(design, entry -> id.equals(entry.tool())));
        return new References(name, new int[2], List.of(), parts);
    }

    private static boolean holds(Node holder, String capability) {
        for (Responsibility letter : Holders.letters(holder)) {
            if (letter.capability().equals(capability)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a letter of the holder starts or ends in phase {@code id}, or a role's FTE changes in it. */
    private static boolean changesIn(Node node, String id) {
        if (!Holders.isHolder(node)) {
            return false;
        }
        for (Responsibility letter : Holders.letters(node)) {
            if (id.equals(letter.from()) || id.equals(letter.to())) {
                return true;
            }
        }
        if (node instanceof Role role) {
            for (FteChange change : role.fteChanges()) {
                if (id.equals(change.phase())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void cardsPart(List<EditText> parts, EditKey key, int[] counts) {
        if (counts[0] > 0) {
            parts.add(EditText.of(key, counts[0], counts[1]));
        }
    }

    private static void listPart(List<EditText> parts, EditKey key, List<String> names) {
        if (!names.isEmpty()) {
            parts.add(EditText.of(key, names.size(), quotedList(names)));
        }
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

    /** {deployments matching, scenarios holding at least one of them}. */
    private static int[] deployments(Design design, Predicate<StackEntry> refers) {
        int[] counts = new int[2];
        for (Scenario scenario : design.scenarios()) {
            int before = counts[0];
            for (StackEntry entry : scenario.stack()) {
                if (refers.test(entry)) {
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
        return parts.isEmpty();
    }

    /** The name of what is referred to. */
    public String name() {
        return name;
    }

    /** How many cards refer to it, in all scenarios (roles holding it, placed or active cards; 0 for a tool). */
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
        if (parts.size() <= 1) {
            return EditText.of(EditKey.IN_USE, name, parts.isEmpty() ? "" : parts.get(0));
        }
        EditText rest = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 1; i--) {
            rest = EditText.of(EditKey.PART_AND, parts.get(i), rest);
        }
        return EditText.of(EditKey.IN_USE_TWICE, name, parts.get(0), rest);
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
