package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/** A small sound design to edit, and helpers to look into results. */
final class Fixtures {

    static final String CENTRAL = "central";
    static final String LOCAL = "local";

    private Fixtures() {
    }

    /**
     * Scenario "central": ceo, cmo (exec), coe (team), r1 "Martech architect" in coe holding A on
     * stack, r2 "EMEA marketer" in region emea; lines cmo→ceo, coe→cmo, r1→coe (solid), r2→cmo
     * (dotted). Scenario "local": ceo and a team "hub".
     */
    static Design design() {
        List<Node> central = List.of(
                new Executive("ceo", Office.CEO, "CEO", 400, 0),
                new Executive("cmo", Office.CMO, "CMO", 400, 120),
                new Team("coe", "Martech CoE", Region.GLOBAL, null, null, 300, 260),
                new Role("r1", "Martech architect", Archetype.LEADER, "coe", null, 1, Sourcing.IN_HOUSE,
                        "p1", "p2", List.of(new Responsibility("stack", Raci.A)), 320, 300),
                new Role("r2", "EMEA marketer", Archetype.MARKETER, null, "emea", 2.5, Sourcing.AGENCY,
                        null, null, List.of(new Responsibility("campaigns", Raci.R)), 500, 300));
        List<Line> centralLines = List.of(
                new Line("cmo", "ceo", LineStyle.SOLID),
                new Line("coe", "cmo", LineStyle.SOLID),
                new Line("r1", "coe", LineStyle.SOLID),
                new Line("r2", "cmo", LineStyle.DOTTED));
        List<Node> local = List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Team("hub", "Regional hub", "apac", null, null, 0, 120));
        return new Design("Acme", "", Settings.DEFAULTS,
                List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")),
                List.of(new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.PER_REGION,
                                Archetype.MARKETER),
                        new Capability("stack", "Architect the stack", Layer.PLATFORM, Scope.GLOBAL,
                                Archetype.LEADER)),
                List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                        new Phase("p2", "Data platform", List.of("campaigns", "stack"))),
                List.of(new Scenario(CENTRAL, "Centralized", Strategy.CENTRALIZED, central, centralLines),
                        new Scenario(LOCAL, "Local", Strategy.LOCAL_EXPRESSION, local, List.of())));
    }

    static Scenario scenario(Design design, String id) {
        return design.scenario(id).orElseThrow();
    }

    static Node node(Design design, String scenario, String id) {
        return scenario(design, scenario).node(id).orElseThrow();
    }

    static Role role(Design design, String id) {
        return (Role) node(design, CENTRAL, id);
    }

    /**
     * Executes {@code command} on {@code design} in a fresh history, expects it refused with
     * {@code key}, and checks that nothing changed. Returns the refusal.
     */
    static EditRejected refused(Design design, EditCommand command, EditKey key) {
        History history = new History(design);
        EditRejected rejected = assertThrows(EditRejected.class, () -> history.execute(command));
        assertEquals(key, rejected.reason().key(), rejected.getMessage());
        assertSame(design, history.current());
        assertEquals(0, history.revision());
        assertFalse(history.canUndo());
        return rejected;
    }
}
