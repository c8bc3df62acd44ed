package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Team;

/** The writer puts every key the reader knows, in the order of format.md, for each kind of object. */
class KeyOrderTest {

    private static String keys(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    @Test
    void writerKeyOrderMatchesTheReadersKeys() throws Exception {
        Design example = Samples.exampleDesign();
        Scenario scenario = example.scenarios().get(0);
        Team coe = (Team) scenario.nodes().get(2);
        Design everyKey = example.withScenario(0, scenario.withNodes(List.of(scenario.nodes().get(0),
                scenario.nodes().get(1), coe.withPhases("p1", "p2"), scenario.nodes().get(3))));
        JsonNode root = new ObjectMapper().readTree(new DesignWriter().toJson(everyKey));

        assertEquals(DesignParser.DESIGN.list(1), keys(root));
        assertEquals(DesignParser.SETTINGS.list(1), keys(root.get("settings")));
        assertEquals(CatalogueParser.REGION.list(), keys(root.get("regions").get(0)));
        assertEquals(CatalogueParser.CAPABILITY.list(1), keys(root.get("capabilities").get(0)));
        assertEquals(CatalogueParser.PHASE.list(1), keys(root.get("phases").get(0)));
        JsonNode written = root.get("scenarios").get(0);
        assertEquals(ScenarioParser.SCENARIO.list(1), keys(written));
        assertEquals(NodeParser.EXECUTIVE.list(1), keys(written.get("nodes").get(0)));
        assertEquals(NodeParser.TEAM.list(1), keys(written.get("nodes").get(2)));
        assertEquals(NodeParser.ROLE.list(1), keys(written.get("nodes").get(3)));
        assertEquals(NodeParser.RESPONSIBILITY.list(1), keys(written.get("nodes").get(3).get("responsibilities").get(0)));
        assertEquals(ScenarioParser.LINE.list(), keys(written.get("lines").get(0)));
    }

    @Test
    void version2KeysComeInTheOrderOfTheReadersKeysToo() throws Exception {
        Design example = V2Samples.exampleDesign().withDescription("d");
        Scenario scenario = example.scenarios().get(0);
        List<Node> nodes = new ArrayList<>(scenario.nodes());
        nodes.set(3, ((Team) nodes.get(3)).withPhases("p1", "p3"));
        nodes.set(4, ((Role) nodes.get(4)).withPerson("P").withRegion("emea").withPhases("p1", "p3"));
        List<StackEntry> stack = new ArrayList<>(scenario.stack());
        stack.set(0, stack.get(0).withPhases("p1", "p2"));
        Design everyKey = example.withScenario(0, scenario.withNodes(nodes).withStack(stack))
                .withCharter(example.charter().withObjectives(List.of(new Objective("o", "t", "m", "x", "p1"))));
        JsonNode root = new ObjectMapper().readTree(new DesignWriter().toJson(everyKey));

        assertEquals(DesignParser.DESIGN.list(), keys(root));
        assertEquals(DesignParser.SETTINGS.list(), keys(root.get("settings")));
        assertEquals(DesignParser.COST_PER_FTE.list(), keys(root.get("settings").get("costPerFte")));
        JsonNode charter = root.get("charter");
        assertEquals(CharterParser.CHARTER.list(), keys(charter));
        assertEquals(CharterParser.READINESS.list(), keys(charter.get("readiness").get(0)));
        assertEquals(CharterParser.OBJECTIVE.list(), keys(charter.get("objectives").get(0)));
        assertEquals(CharterParser.OBSTACLE.list(), keys(charter.get("obstacles").get(0)));
        assertEquals(ToolParser.TOOL.list(), keys(root.get("tools").get(0)));
        assertEquals(CatalogueParser.CAPABILITY.list(), keys(root.get("capabilities").get(0)));
        assertEquals(CatalogueParser.PHASE.list(), keys(root.get("phases").get(0)));
        JsonNode written = root.get("scenarios").get(0);
        assertEquals(ScenarioParser.SCENARIO.list(), keys(written));
        assertEquals(NodeParser.EXECUTIVE.list(), keys(written.get("nodes").get(1)));
        assertEquals(NodeParser.TEAM.list(), keys(written.get("nodes").get(3)));
        JsonNode role = written.get("nodes").get(4);
        assertEquals(NodeParser.ROLE.list(), keys(role));
        assertEquals(NodeParser.FTE_CHANGE.list(), keys(role.get("fteChanges").get(0)));
        assertEquals(NodeParser.RESPONSIBILITY.list(), keys(written.get("nodes").get(5).get("responsibilities").get(0)));
        assertEquals(StackParser.ENTRY.list(), keys(written.get("stack").get(0)));
    }
}
