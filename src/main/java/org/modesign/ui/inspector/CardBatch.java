package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditText;
import org.modesign.edit.NodeCommand;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * A {@link CompoundCommand} of card edits on one scenario (e.g. a {@code SetArchetype} for each
 * selected role), applied in one pass over the scenario's cards: O(cards + commands) instead of
 * O(cards × commands), since run one by one each command would copy the whole card list. Each
 * card goes through its commands' own {@link NodeCommand#change}, so the checks and refusals are
 * the edit package's. Every command sees the scenario as it was before the batch, which is right
 * for edits whose change to one card does not read the other cards' new state (archetype, region,
 * sourcing). When a card is missing, the compound runs as it is, to refuse with its own reason.
 */
record CardBatch(String scenario, CompoundCommand compound) implements EditCommand {

    /** {@code compound} must hold card edits of {@code scenario} only. */
    CardBatch {
        Objects.requireNonNull(scenario, "scenario");
        for (EditCommand command : compound.commands()) {
            if (!(command instanceof NodeCommand card) || !card.scenario().equals(scenario)) {
                throw new IllegalArgumentException("not a card edit of scenario " + scenario + ": " + command);
            }
        }
    }

    /** One step named {@code text} applying every one of {@code commands} (all on {@code scenario}). */
    static CardBatch of(String scenario, EditText text, List<? extends NodeCommand> commands) {
        return new CardBatch(scenario, CompoundCommand.of(text, commands.toArray(EditCommand[]::new)));
    }

    @Override
    public EditText text() {
        return compound.text();
    }

    @Override
    public Design apply(Design design) {
        int index = design.scenarioIndex(scenario);
        if (index < 0) {
            return compound.apply(design);
        }
        Map<String, List<NodeCommand>> byCard = byCard();
        Scenario before = design.scenarios().get(index);
        List<Node> cards = new ArrayList<>(before.nodes());
        boolean changed = false;
        for (int i = 0; i < cards.size() && !byCard.isEmpty(); i++) {
            List<NodeCommand> commands = byCard.remove(cards.get(i).id());
            if (commands != null) {
                Node card = cards.get(i);
                for (NodeCommand command : commands) {
                    card = command.change(design, before, card);
                }
                changed |= !card.equals(cards.get(i));
                cards.set(i, card);
            }
        }
        if (!byCard.isEmpty()) {
            return compound.apply(design);
        }
        return changed ? design.withScenario(index, before.withNodes(cards)) : design;
    }

    private Map<String, List<NodeCommand>> byCard() {
        Map<String, List<NodeCommand>> byCard = new HashMap<>(compound.commands().size() * 2);
        for (EditCommand command : compound.commands()) {
            NodeCommand card = (NodeCommand) command;
            byCard.computeIfAbsent(card.node(), id -> new ArrayList<>(1)).add(card);
        }
        return byCard;
    }
}
