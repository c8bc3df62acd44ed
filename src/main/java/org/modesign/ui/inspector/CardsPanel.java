package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.edit.NodeCommand;
import org.modesign.edit.SetArchetype;
import org.modesign.edit.SetRegion;
import org.modesign.edit.SetSourcing;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/**
 * Several cards: how many, and the fields they share. Archetype and sourcing apply to the selected
 * roles, region to the selected teams and roles; a field shows "Mixed" when they differ. A change
 * is one undoable step for all of them, applied in one pass ({@link CardBatch}).
 */
final class CardsPanel extends Panel<Subject.SeveralCards> {

    private final Label count;
    private final Label kinds;
    private final Choice<Archetype> archetype;
    private final Choice<Sourcing> sourcing;
    private final RegionField region;
    private final VBox archetypeRow;
    private final VBox sourcingRow;
    private final VBox regionRow;
    private List<Role> roles = List.of();
    private List<Node> placed = List.of();

    CardsPanel(Edits edits) {
        super(Subject.SeveralCards.class, edits);
        form.section("inspector.section.cards");
        count = form.note("inspector-count");
        kinds = form.note("inspector-kinds");
        String mixed = I18n.tr("inspector.mixed");
        archetype = new Choice<Archetype>("inspector-archetype", Names::of,
                value -> submit(EditKey.SET_ARCHETYPE, roles, role -> new SetArchetype(scenario(), role.id(), value)))
                .withGraphics(ArchetypeLook::icon).withBlank(mixed);
        archetype.setItems(List.of(Archetype.values()));
        archetypeRow = form.row("inspector.field.archetype", archetype);
        region = new RegionField(value -> submit(EditKey.SET_REGION, placed,
                card -> new SetRegion(scenario(), card.id(), value)));
        region.choice().withBlank(mixed);
        regionRow = form.row("inspector.field.region", region.choice());
        sourcing = new Choice<Sourcing>("inspector-sourcing", Names::of,
                value -> submit(EditKey.SET_SOURCING, roles, role -> new SetSourcing(scenario(), role.id(), value)))
                .withBlank(mixed);
        sourcing.setItems(List.of(Sourcing.values()));
        sourcingRow = form.row("inspector.field.sourcing", sourcing);
    }

    private String scenario() {
        return subject().scenario();
    }

    @Override
    protected void show(Subject.SeveralCards next) {
        List<Role> newRoles = new ArrayList<>();
        List<Node> newPlaced = new ArrayList<>();
        int executives = 0;
        for (Node card : next.cards()) {
            if (card instanceof Executive) {
                executives++;
            } else {
                newPlaced.add(card);
                if (card instanceof Role role) {
                    newRoles.add(role);
                }
            }
        }
        roles = newRoles;
        placed = newPlaced;
        int teams = placed.size() - roles.size();
        count.setText(I18n.tr("inspector.cards.count", next.cards().size()));
        kinds.setText(I18n.tr("inspector.cards.kinds", roles.size(), teams, executives));
        archetypeRow.setVisible(!roles.isEmpty());
        sourcingRow.setVisible(!roles.isEmpty());
        regionRow.setVisible(!placed.isEmpty());
        archetype.show(common(roles, Role::archetype).map(Shared::value).orElse(null));
        sourcing.show(common(roles, Role::sourcing).map(Shared::value).orElse(null));
        Optional<Shared<String>> commonRegion = common(placed, CardsPanel::ownRegion);
        region.show(commonRegion.map(Shared::value).orElse(null), commonRegion.isEmpty(), next.vocabulary(),
                !roles.isEmpty());
    }

    /** The one edit that changes every card of {@code cards} with {@code change}. */
    private <C extends Node> Optional<String> submit(EditKey step, List<C> cards, Function<C, NodeCommand> change) {
        List<NodeCommand> commands = new ArrayList<>(cards.size());
        for (C card : cards) {
            commands.add(change.apply(card));
        }
        return submit(CardBatch.of(scenario(), EditText.of(step), commands));
    }

    /** A team's region, or a role's own one (null when inherited), as the region field shows it. */
    private static String ownRegion(Node card) {
        return card instanceof Team team ? team.effectiveRegion() : ((Role) card).region();
    }

    /** The value every card of {@code cards} shares (it may be null), or empty when they differ or there are none. */
    private static <C, V> Optional<Shared<V>> common(List<C> cards, Function<C, V> value) {
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        V first = value.apply(cards.get(0));
        for (C card : cards) {
            if (!Objects.equals(first, value.apply(card))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Shared<>(first));
    }

    /** A value shared by several cards; null is a value too (every role inherits its region). */
    private record Shared<V>(V value) {
    }
}
