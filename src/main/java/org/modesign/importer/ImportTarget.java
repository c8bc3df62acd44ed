package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.modesign.importer.mapping.ValueWords;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * The design and scenario the roles go into, indexed once for the look-ups of an import: cards by id
 * and by title or name, teams, regions and phases by id or name. Names compare by {@link Keys#name};
 * ids exactly. Built in O(cards + regions + phases).
 */
final class ImportTarget {

    private final Design design;
    private final Scenario scenario;
    private final Map<String, Node> byId;
    private final Map<String, List<Node>> byLabel = new HashMap<>();
    private final Map<String, Team> teamsByName = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, Integer> phases = new HashMap<>();

    ImportTarget(Design design, Scenario scenario) {
        this.design = design;
        this.scenario = scenario;
        this.byId = scenario.nodesById();
        for (Node node : scenario.nodes()) {
            byLabel.computeIfAbsent(Keys.name(node.label()), k -> new ArrayList<>(1)).add(node);
            if (node instanceof Team team) {
                teamsByName.putIfAbsent(Keys.name(team.name()), team);
            }
        }
        for (Region region : design.regions()) {
            regions.putIfAbsent(region.id(), region.id());
        }
        for (Region region : design.regions()) {
            regions.putIfAbsent(Keys.name(region.name()), region.id());
        }
        List<Phase> plan = design.phases();
        for (int i = 0; i < plan.size(); i++) {
            phases.putIfAbsent(plan.get(i).id(), i);
        }
        for (int i = 0; i < plan.size(); i++) {
            phases.putIfAbsent(Keys.name(plan.get(i).name()), i);
        }
    }

    Design design() {
        return design;
    }

    Scenario scenario() {
        return scenario;
    }

    /** The card with this id, or null. */
    Node node(String id) {
        return byId.get(id);
    }

    /** The cards whose title or name is {@code text}; empty when none is. */
    List<Node> named(String text) {
        return byLabel.getOrDefault(Keys.name(text), List.of());
    }

    /** The team with this id, else the first team of this name, else null. */
    Team team(String text) {
        return byId.get(text) instanceof Team team ? team : teamsByName.get(Keys.name(text));
    }

    /** The id of the region with this id or name ({@code global} for a word for it), or null. */
    String region(String text) {
        if (ValueWords.isGlobal(text)) {
            return Region.GLOBAL;
        }
        String id = regions.get(text);
        return id != null ? id : regions.get(Keys.name(text));
    }

    /** The position in the plan of the phase with this id or name, or -1. */
    int phase(String text) {
        Integer index = phases.get(text);
        if (index == null) {
            index = phases.get(Keys.name(text));
        }
        return index == null ? -1 : index;
    }

    /** The phases' ids for a message: "p1, p2, p3". */
    String phaseIds() {
        return design.phases().stream().map(Phase::id).collect(Collectors.joining(", "));
    }
}
