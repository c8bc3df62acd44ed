package org.modesign.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.model.V2Fields;

/** Generated designs: v1 without tools or plan, a stack with --tools, every plan field with --v2; all valid. */
class DesignGeneratorTest {

    private static final GeneratorSpec V1 = new GeneratorSpec(600, 3, 4, 20, 2, 5);

    @Test
    void aV1SpecMakesAV1DesignThatToolsAndPlanLeaveAsItWas() {
        Design v1 = DesignGenerator.generate(V1);
        assertFalse(V2Fields.usedBy(v1));
        Design v2 = DesignGenerator.generate(new GeneratorSpec(600, 3, 4, 20, 2, 5, 30, true));
        assertEquals(v1.regions(), v2.regions());
        for (int s = 0; s < v1.scenarios().size(); s++) {
            List<Node> a = v1.scenarios().get(s).nodes();
            List<Node> b = v2.scenarios().get(s).nodes();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).id(), b.get(i).id());
                assertEquals(a.get(i).label(), b.get(i).label());
                assertEquals(a.get(i).x(), b.get(i).x());
            }
            assertEquals(v1.scenarios().get(s).lines(), v2.scenarios().get(s).lines());
        }
    }

    @Test
    void toolsMakeAStackPerScenarioWithSomeEntriesWithoutOwner() {
        Design d = DesignGenerator.generate(new GeneratorSpec(600, 5, 6, 40, 2, 1, 200, false));
        assertEquals(200, d.tools().size());
        assertEquals(List.of(), Integrity.check(d));
        int entries = 0;
        int unowned = 0;
        for (Scenario s : d.scenarios()) {
            Set<String> keys = new HashSet<>();
            for (StackEntry e : s.stack()) {
                assertTrue(keys.add(e.tool() + "@" + e.region()), "one entry per tool and region");
                entries++;
                unowned += e.owner() == null ? 1 : 0;
            }
        }
        assertTrue(entries > 1_500 && entries < 2_500, "about 2,000 entries: " + entries);
        assertTrue(unowned > 0 && unowned < entries / 5, "some without owner: " + unowned);
    }

    @Test
    void v2FillsEveryPlanFieldAndReadsBackAsWritten() {
        Design d = DesignGenerator.generate(new GeneratorSpec(2_000, 5, 6, 40, 2, 3, 50, true));
        assertEquals(List.of(), Integrity.check(d));
        assertTrue(d.charter() != null && d.charter().readiness().size() == 3);
        assertTrue(d.capabilities().stream().anyMatch(c -> c.needsTool()));
        assertTrue(d.phases().stream().allMatch(p -> !p.goal().isEmpty()));
        assertEquals("USD", d.settings().currency());
        List<Node> nodes = d.scenarios().get(0).nodes();
        assertTrue(roles(nodes).anyMatch(r -> r.staffing() == Staffing.PLANNED));
        assertTrue(roles(nodes).anyMatch(r -> r.staffing() == Staffing.OPEN));
        assertTrue(roles(nodes).anyMatch(r -> r.cost() != null));
        assertTrue(roles(nodes).anyMatch(r -> !r.fteChanges().isEmpty()));
        assertTrue(roles(nodes).anyMatch(r -> !r.alsoIn().isEmpty()));
        assertTrue(roles(nodes).anyMatch(r -> r.responsibilities().stream().anyMatch(x -> x.to() != null)));
        assertTrue(nodes.stream().anyMatch(n -> n instanceof Team t && t.kind() == TeamKind.COMMITTEE));
        assertTrue(nodes.stream().anyMatch(n -> n instanceof Executive e && !e.responsibilities().isEmpty()));

        String json = new DesignWriter().toJson(d);
        LoadResult read = new DesignReader().parse(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems());
        assertEquals(d, read.design());
        assertTrue(json.contains("\"version\": 2"));
    }

    private static java.util.stream.Stream<Role> roles(List<Node> nodes) {
        return nodes.stream().filter(n -> n instanceof Role).map(n -> (Role) n);
    }
}
