package org.modesign.merge;

import java.util.List;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Team;

/** The fields of executives, teams and roles, in the order of the file (format.md, format-v2.md §2). */
final class NodeSchema {

    static final Schema.Letters LETTERS = new Schema.Letters();

    static final KeyedList<FteChange> FTE_CHANGES = new KeyedList<>("fteChanges", c -> "fteChange",
            FteChange::phase, c -> null, Atom.value(), true);

    static final Entity<Executive> EXECUTIVE = new Entity<>(List.of(
            Field.of("office", Executive::office, Executive::withOffice),
            Field.of("title", Executive::title, Executive::withTitle),
            Field.of("responsibilities", Executive::responsibilities, Executive::withResponsibilities, LETTERS),
            Field.of("alsoIn", Executive::alsoIn, Executive::withAlsoIn, KeyedList.ids("alsoIn")),
            x(), y()));

    static final Entity<Team> TEAM = new Entity<>(List.of(
            Field.of("name", Team::name, Team::withName),
            Field.of("kind", Team::kind, Team::withKind),
            Field.of("region", Team::region, Team::withRegion),
            Field.of("from", Team::from, (t, v) -> t.withPhases(v, t.to())),
            Field.of("to", Team::to, (t, v) -> t.withPhases(t.from(), v)),
            x(), y()));

    static final Entity<Role> ROLE = new Entity<>(List.of(
            Field.of("title", Role::title, Role::withTitle),
            Field.of("archetype", Role::archetype, Role::withArchetype),
            Field.of("team", Role::team, Role::withTeam),
            Field.of("alsoIn", Role::alsoIn, Role::withAlsoIn, KeyedList.ids("alsoIn")),
            Field.of("region", Role::region, Role::withRegion),
            Field.of("staffing", Role::staffing, Role::withStaffing),
            Field.of("person", Role::person, Role::withPerson),
            Field.of("cost", Role::cost, Role::withCost),
            Field.of("fte", Role::fte, Role::withFte),
            Field.of("fteChanges", Role::fteChanges, Role::withFteChanges, FTE_CHANGES),
            Field.of("sourcing", Role::sourcing, Role::withSourcing),
            Field.of("from", Role::from, (r, v) -> r.withPhases(v, r.to())),
            Field.of("to", Role::to, (r, v) -> r.withPhases(r.from(), v)),
            Field.of("responsibilities", Role::responsibilities, Role::withResponsibilities, LETTERS),
            x(), y()));

    private NodeSchema() {
    }

    @SuppressWarnings("unchecked")
    private static <N extends Node> Field<N, Double> x() {
        return Field.of("x", Node::x, (n, v) -> (N) n.withPosition(v, n.y()), Atom.coordinate());
    }

    @SuppressWarnings("unchecked")
    private static <N extends Node> Field<N, Double> y() {
        return Field.of("y", Node::y, (n, v) -> (N) n.withPosition(n.x(), v), Atom.coordinate());
    }

    /** The fields of {@code node}'s kind. */
    @SuppressWarnings("unchecked")
    static <N extends Node> Entity<N> of(N node) {
        if (node instanceof Role) {
            return (Entity<N>) ROLE;
        }
        if (node instanceof Team) {
            return (Entity<N>) TEAM;
        }
        return (Entity<N>) EXECUTIVE;
    }
}
