package org.modesign.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Moves a phase to another place in the plan: {@code index} is its position afterwards, brought
 * into the plan's range. Cards keep their {@code from} and {@code to}; a move that would make a
 * card start after it ends is refused, naming the cards, so that no card's phases change without
 * the user seeing it (they change those cards' phases first, or move the phase elsewhere). So is a
 * move that would put a holder's letters or FTE changes out of order, or make a tool deployment
 * start after it ends.
 */
public record MovePhase(String phase, int index) implements EditCommand {

    public MovePhase {
        Objects.requireNonNull(phase, "phase");
    }

    /** Moves the phase {@code delta} places later (negative: earlier) from where it is in {@code design}. */
    public static MovePhase by(Design design, String phase, int delta) {
        return new MovePhase(phase, Catalogue.phaseIndex(design, phase) + delta);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_PHASE);
    }

    @Override
    public Design apply(Design design) {
        int from = Catalogue.phaseIndex(design, phase);
        int to = Catalogue.clamp(index, design.phases().size());
        if (from == to) {
            return design;
        }
        List<Phase> phases = Catalogue.moved(design.phases(), from, to);
        requireOrderKept(design, phases);
        return design.withPhases(phases);
    }

    /** Refuses when a card's {@code from} comes after its {@code to} in the new order. O(cards). */
    private void requireOrderKept(Design design, List<Phase> phases) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < phases.size(); i++) {
            position.put(phases.get(i).id(), i);
        }
        String first = null;
        int inverted = 0;
        for (Scenario scenario : design.scenarios()) {
            for (Node node : scenario.nodes()) {
                String start = Cards.from(node);
                String end = Cards.to(node);
                if (start != null && end != null && position.get(start) > position.get(end)) {
                    first = first == null ? node.label() : first;
                    inverted++;
                }
            }
        }
        String name = design.phases().get(Catalogue.phaseIndex(design, phase)).name();
        if (inverted > 0) {
            throw EditRejected.of(EditKey.PHASE_MOVE_INVERTS, name,
                    EditText.of(EditKey.PART_CARDS, first, inverted - 1), inverted);
        }
        requireSpansKept(design, new PhaseOrder(phases), name);
    }

    /**
     * Refuses when, in the new order, a holder's letters or FTE changes would break the rules of
     * format-v2.md §7 (a span running backwards, two letters of a capability sharing a phase, FTE
     * changes out of order or outside the role's phases), or a tool deployment would start after
     * it ends. O(cards + letters + changes + deployments).
     */
    private static void requireSpansKept(Design design, PhaseOrder order, String name) {
        String first = null;
        int broken = 0;
        int deployments = 0;
        for (Scenario scenario : design.scenarios()) {
            for (Node node : scenario.nodes()) {
                if (Holders.isHolder(node) && !keepsOrder(order, node)) {
                    first = first == null ? node.label() : first;
                    broken++;
                }
            }
            for (StackEntry entry : scenario.stack()) {
                if (entry.from() != null && entry.to() != null && order.index(entry.from()) > order.index(entry.to())) {
                    deployments++;
                }
            }
        }
        if (broken > 0) {
            throw EditRejected.of(EditKey.PHASE_MOVE_REORDERS, name, EditText.of(EditKey.PART_CARDS, first, broken - 1));
        }
        if (deployments > 0) {
            throw EditRejected.of(EditKey.PHASE_MOVE_INVERTS_STACK, name, deployments);
        }
    }

    private static boolean keepsOrder(PhaseOrder order, Node holder) {
        try {
            Letters.check(order, holder, Holders.letters(holder));
            if (holder instanceof Role role) {
                FteSteps.check(order, role, role.fteChanges());
            }
            return true;
        } catch (EditRejected broken) {
            return false;
        }
    }
}
