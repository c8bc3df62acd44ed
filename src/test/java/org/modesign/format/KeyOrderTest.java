package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
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

        assertEquals(DesignParser.DESIGN.list(), keys(root));
        assertEquals(DesignParser.SETTINGS.list(), keys(root.get("settings")));
        assertEquals(CatalogueParser.REGION.list(), keys(root.get("regions").get(0)));
        assertEquals(CatalogueParser.CAPABILITY.list(), keys(root.get("capabilities").get(0)));
        assertEquals(CatalogueParser.PHASE.list(), keys(root.get("phases").get(0)));
        JsonNode written = root.get("scenarios").get(0);
        assertEquals(ScenarioParser.SCENARIO.list(), keys(written));
        assertEquals(NodeParser.EXECUTIVE.list(), keys(written.get("nodes").get(0)));
        assertEquals(NodeParser.TEAM.list(), keys(written.get("nodes").get(2)));
        assertEquals(NodeParser.ROLE.list(), keys(written.get("nodes").get(3)));
        assertEquals(NodeParser.RESPONSIBILITY.list(), keys(written.get("nodes").get(3).get("responsibilities").get(0)));
        assertEquals(ScenarioParser.LINE.list(), keys(written.get("lines").get(0)));
    }
}
