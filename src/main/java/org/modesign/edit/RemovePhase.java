package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Removes a phase from the plan; the last one cannot go (a design needs a phase). While anything
 * names it ({@link References#toPhase}: cards, letters, FTE changes, tool deployments, objectives),
 * it is refused with a sentence naming them, unless {@code withReferences} is set: then, in the
 * same step, everything that named it moves to the neighbouring phase so that it stays around the
 * gap:
 * <ul>
 * <li>a card, a letter's own span or a tool deployment starting in the removed phase starts in the
 * next one (the previous one when it was last); one ending in it ends in the previous one (the next
 * one when it was first); one only in the removed phase is then only in the phase it now starts in;</li>
 * <li>a letter that would then hold in no phase of its holder, or share a phase with an earlier
 * letter of its capability, goes;</li>
 * <li>an FTE change in the removed phase moves to the next phase, where it takes effect now, unless
 * that phase has a change of its own or lies outside the role's phases (or the removed phase was
 * the last): then it goes, as it changed nothing after the gap;</li>
 * <li>an objective of the removed phase belongs to the phase cards now start in.</li>
 * </ul>
 */
public record RemovePhase(String phase, boolean withReferences) implements EditCommand {

    public RemovePhase {
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_PHASE);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.phaseIndex(design, phase);
        if (design.phases().size() == 1) {
            throw EditRejected.of(EditKey.LAST_PHASE);
        }
        if (!withReferences) {
            References references = References.toPhase(design, phase);
            if (!references.isEmpty()) {
                throw new EditRejected(references.explanation());
            }
        }
        List<Phase> phases = design.phases();
        String next = index + 1 < phases.size() ? phases.get(index + 1).id() : null;
        String previous = index > 0 ? phases.get(index - 1).id() : null;
        Gap gap = new Gap(phase, next, previous, new PhaseOrder(Catalogue.removed(phases, index)));
        Design moved = Cards.rewrite(design, gap::moveOff);
        List<Scenario> scenarios = new ArrayList<>(moved.scenarios().size());
        for (Scenario scenario : moved.scenarios()) {
            scenarios.add(gap.stackOff(scenario));
        }
        return moved.withScenarios(scenarios).withCharter(gap.objectivesOff(moved.charter()))
                .withPhases(Catalogue.removed(phases, index));
    }

    /** The removed phase, its neighbours ({@code null} when there is none) and the plan without it. */
    private record Gap(String phase, String next, String previous, PhaseOrder after) {

        String startInstead() {
            return next != null ? next : previous;
        }

        String endInstead() {
            return previous != null ? previous : next;
        }

        /** {from, to} moved off the removed phase; the same array when neither end names it. */
        String[] span(String from, String to) {
            boolean starts = phase.equals(from);
            boolean ends = phase.equals(to);
            if (!starts && !ends) {
                return null;
            }
            String newFrom = starts ? startInstead() : from;
            String newTo = starts && ends ? newFrom : ends ? endInstead() : to;
            return new String[] {newFrom, newTo};
        }

        Node moveOff(Node node) {
            String[] span = span(Cards.from(node), Cards.to(node));
            Node result = span == null ? node : Cards.withPhases(node, span[0], span[1]);
            if (Holders.isHolder(result)) {
                result = lettersOff(result);
            }
            return result instanceof Role role ? changesOff(role) : result;
        }

        private Node lettersOff(Node holder) {
            List<Responsibility> letters = Holders.letters(holder);
            List<Responsibility> moved = new ArrayList<>(letters.size());
            boolean changed = false;
            for (Responsibility letter : letters) {
                String[] span = span(letter.from(), letter.to());
                moved.add(span == null ? letter : letter.withSpan(span[0], span[1]));
                changed |= span != null;
            }
            List<Responsibility> kept = Letters.sound(after, holder, moved);
            return changed || kept != moved ? Holders.withLetters(holder, kept) : holder;
        }

        private Role changesOff(Role role) {
            List<FteChange> changes = role.fteChanges();
            int at = -1;
            for (int i = 0; i < changes.size(); i++) {
                at = changes.get(i).phase().equals(phase) ? i : at;
            }
            Role result = role;
            if (at >= 0) {
                List<FteChange> moved = new ArrayList<>(changes);
                boolean nextTaken = changes.stream().anyMatch(c -> c.phase().equals(next));
                if (next == null || nextTaken) {
                    moved.remove(at);
                } else {
                    moved.set(at, new FteChange(next, changes.get(at).fte()));
                }
                result = role.withFteChanges(moved);
            }
            return FteSteps.sound(after, result);
        }

        Scenario stackOff(Scenario scenario) {
            List<StackEntry> stack = new ArrayList<>(scenario.stack().size());
            boolean changed = false;
            for (StackEntry entry : scenario.stack()) {
                String[] span = span(entry.from(), entry.to());
                stack.add(span == null ? entry : entry.withPhases(span[0], span[1]));
                changed |= span != null;
            }
            return changed ? scenario.withStack(stack) : scenario;
        }

        Charter objectivesOff(Charter charter) {
            List<Objective> objectives = new ArrayList<>(charter.objectives().size());
            boolean changed = false;
            for (Objective objective : charter.objectives()) {
                boolean names = phase.equals(objective.phase());
                objectives.add(names ? objective.withPhase(startInstead()) : objective);
                changed |= names;
            }
            return changed ? charter.withObjectives(objectives) : charter;
        }
    }
}
