package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Adds one card (executive, team or role). Its id must be valid and unused in the scenario: the
 * factories here make one from the title with {@link NodeIds#fresh}.
 */
public record AddNode(String scenario, Node node) implements ScenarioCommand {

    public AddNode {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    /** A new in-house role of one FTE at (x, y), with a fresh id made from its title. */
    public static AddNode role(Design design, String scenario, String title, Archetype archetype,
            double x, double y) {
        String id = NodeIds.fresh(target(design, scenario), title);
        return new AddNode(scenario, Role.of(id, title, archetype, x, y));
    }

    /** A new global team at (x, y), active in every phase, with a fresh id made from its name. */
    public static AddNode team(Design design, String scenario, String name, double x, double y) {
        String id = NodeIds.fresh(target(design, scenario), name);
        return new AddNode(scenario, new Team(id, name, null, null, null, x, y));
    }

    /** A new executive at (x, y), with a fresh id made from its title. */
    public static AddNode executive(Design design, String scenario, String title, Office office,
            double x, double y) {
        String id = NodeIds.fresh(target(design, scenario), title);
        return new AddNode(scenario, new Executive(id, office, title, x, y));
    }

    private static Scenario target(Design design, String scenario) {
        return design.scenarios().get(Scenarios.indexOf(design, scenario));
    }

    @Override
    public EditText text() {
        return switch (node.type()) {
            case EXECUTIVE -> EditText.of(EditKey.ADD_EXECUTIVE);
            case TEAM -> EditText.of(EditKey.ADD_TEAM);
            case ROLE -> EditText.of(EditKey.ADD_ROLE);
        };
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        return new AddNodes(scenario, List.of(node), List.of(), text()).applyTo(design, target);
    }
}
