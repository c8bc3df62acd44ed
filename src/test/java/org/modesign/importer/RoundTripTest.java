package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Export the roles of a scenario as CSV, import them into the same design emptied of its teams and
 * roles, and get the same roles (ids, titles, archetypes, FTE, sourcing, regions, phases), teams
 * (by name) and reporting lines of roles.
 */
class RoundTripTest {

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".modesign")).sorted().toList()) {
                LoadResult result = new DesignReader().read(file);
                assertTrue(result.ok(), file + ": " + result.problems());
                for (Scenario scenario : result.design().scenarios()) {
                    all.add(Arguments.of(file.getFileName() + "#" + scenario.id(), result.design(), scenario.id()));
                }
            }
        }
        all.add(Arguments.of("generated", DesignGenerator.generate(new GeneratorSpec(2_000, 5, 4, 30, 1, 3)), "s1"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void rolesTeamsAndLinesSurviveTheRoundTrip(String name, Design design, String scenarioId) throws UnusableCsv {
        Scenario source = design.scenario(scenarioId).orElseThrow();
        Design empty = withExecutivesOnly(design, source);
        ImportPreview preview = RoleImporter.preview(name, RolesCsv.write(design, source), empty, scenarioId);
        assertEquals(List.of(), preview.problems());
        Design after = preview.command().apply(empty);
        assertEquals(List.of(), Integrity.check(after));
        Scenario imported = after.scenario(scenarioId).orElseThrow();
        assertEquals(roles(source), roles(imported));
        assertEquals(teamNames(source), new TreeSet<>(preview.newTeams().stream().map(Node::label).toList()));
        assertEquals(roleLines(source), roleLines(imported));
    }

    @Test
    void theExportersHeaderIsTheImportersCanonicalHeader() {
        assertEquals(ImportFixtures.HEADER, String.join(",", org.modesign.export.RolesCsv.HEADER));
    }

    @Test
    void regionsTheTargetLacksAreMadeUnderTheirIds() throws UnusableCsv {
        Design design = DesignGenerator.generate(new GeneratorSpec(600, 4, 3, 22, 1, 5));
        Scenario source = design.scenarios().get(0);
        Design empty = withExecutivesOnly(design, source).withRegions(List.of());
        ImportPreview preview = RoleImporter.preview("generated.csv", RolesCsv.write(design, source), empty, source.id());
        Design after = preview.command().apply(empty);
        assertEquals(List.of(), Integrity.check(after));
        assertEquals(roles(source), roles(after.scenario(source.id()).orElseThrow()));
        assertEquals(List.of("r1", "r2", "r3", "r4"), after.regions().stream().map(r -> r.id()).sorted().toList());
    }

    /**
     * The design with {@code scenario} holding only its executives and the lines among them; the
     * executives serve on no team ({@code alsoIn}) and the scenario has no stack, as the teams and
     * roles those name are gone.
     */
    private static Design withExecutivesOnly(Design design, Scenario scenario) {
        List<Node> executives = scenario.nodes().stream().filter(n -> n instanceof Executive)
                .map(n -> (Node) ((Executive) n).withAlsoIn(List.of())).toList();
        List<String> ids = executives.stream().map(Node::id).toList();
        List<Line> lines = scenario.lines().stream()
                .filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList();
        return design.withScenario(design.scenarioIndex(scenario.id()),
                scenario.withNodes(executives).withLines(lines).withStack(List.of()));
    }

    /** Each role without its position, responsibilities and team id, with its team's name instead. */
    private static Map<String, List<Object>> roles(Scenario scenario) {
        Map<String, Node> byId = scenario.nodesById();
        Map<String, List<Object>> roles = new HashMap<>();
        for (Node node : scenario.nodes()) {
            if (node instanceof Role r) {
                String team = r.team() == null ? null : byId.get(r.team()).label();
                roles.put(r.id(), java.util.Arrays.asList(r.title(), r.archetype(), team, r.region(), r.fte(),
                        r.sourcing(), r.from(), r.to()));
            }
        }
        return roles;
    }

    private static TreeSet<String> teamNames(Scenario scenario) {
        Map<String, Node> byId = scenario.nodesById();
        TreeSet<String> names = new TreeSet<>();
        for (Node node : scenario.nodes()) {
            if (node instanceof Role r && r.team() != null) {
                names.add(byId.get(r.team()).label());
            }
        }
        return names;
    }

    /** Each role's first solid line, as role id to the superior's kind and title or name. */
    private static Map<String, String> roleLines(Scenario scenario) {
        Map<String, Node> byId = scenario.nodesById();
        Map<String, String> lines = new HashMap<>();
        for (Line line : scenario.lines()) {
            if (line.solid() && byId.get(line.from()) instanceof Role) {
                Node up = byId.get(line.to());
                lines.putIfAbsent(line.from(), up.type().code() + " " + up.label());
            }
        }
        return lines;
    }
}
