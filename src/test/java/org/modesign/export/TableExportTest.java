package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

class TableExportTest {

    private final Design design = ExportFixtures.small();
    private final Scenario scenario = design.scenarios().get(0);

    @Test
    void rolesHaveTheImportersHeaderAndOneRowPerRoleInScenarioOrder() {
        ExportOutput output = render(ExportFormat.ROLES_CSV, null);
        List<List<String>> rows = Csv.read(output.bytes());
        assertEquals(List.of("id", "title", "archetype", "team", "region", "fte", "sourcing", "from", "to", "manager"),
                rows.get(0));
        assertEquals(List.of("m1", "市场经理", "marketer", "Martech 中心", "", "0.5", "agency", "", "", "ceo"), rows.get(1));
        assertEquals(List.of("a1", "Analyst", "modeler", "", "", "1", "in-house", "p1", "p1", "ceo"), rows.get(2));
        assertEquals(List.of("x1", "Specialist", "maker", "Martech 中心", "", "1", "in-house", "", "", ""), rows.get(3),
                "the implicit edge to the team is no manager");
        assertEquals(List.of("l1", "Lead", "leader", "Martech 中心", "emea", "2", "in-house", "p3", "", "a1"),
                rows.get(4));
        assertEquals(5, rows.size());
        assertEquals(4, output.result().rows());
    }

    @Test
    void rolesAtAPhaseAreTheActiveOnes() {
        List<List<String>> rows = Csv.read(render(ExportFormat.ROLES_CSV, phase("p1")).bytes());
        assertEquals(List.of("a1"), rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void raciHasARowPerCapabilityAndAColumnPerRole() {
        List<List<String>> rows = Csv.read(render(ExportFormat.RACI_CSV, null).bytes());
        assertEquals(List.of("id", "name", "layer", "市场经理", "Analyst", "Specialist", "Lead"), rows.get(0));
        assertEquals(List.of("campaigns", "Run campaigns", "expression", "A", "C", "", "A"), rows.get(1));
        assertEquals(List.of("data", "Keep data clean", "platform", "", "A", "I", ""), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void raciAtAPhaseHasColumnsForTheActiveRolesOnly() {
        List<List<String>> rows = Csv.read(render(ExportFormat.RACI_CSV, phase("p3")).bytes());
        assertEquals(List.of("id", "name", "layer", "市场经理", "Specialist", "Lead"), rows.get(0));
        assertEquals(List.of("campaigns", "Run campaigns", "expression", "A", "", "A"), rows.get(1));
    }

    @Test
    void findingsAreTheValidatorsInItsOrder() {
        List<Finding> findings = Validator.validate(design, scenario);
        assertTrue(findings.stream().anyMatch(f -> f.nodes().size() == 2), "the fixture has an overlap: " + findings);
        List<List<String>> rows = Csv.read(render(ExportFormat.FINDINGS_CSV, null).bytes());
        assertEquals(List.of("rule", "severity", "phase", "capability", "region", "nodes", "message", "tool", "tools"),
                rows.get(0));
        assertEquals(findings.size() + 1, rows.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(List.of(f.rule().code(), f.severity().code(), blank(f.phase()), blank(f.capability()),
                    blank(f.region()), String.join(";", f.nodes()), f.message(), blank(f.tool()),
                    String.join(";", f.tools())), row);
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("l1;m1")), "node ids joined with ';'");
    }

    @Test
    void findingsAtAPhaseAreThatPhasesAndThoseOfNoPhase() {
        List<List<String>> rows = Csv.read(render(ExportFormat.FINDINGS_CSV, phase("p3")).bytes());
        long expected = Validator.validate(design, scenario).stream()
                .filter(f -> f.phase() == null || f.phase().equals("p3")).count();
        assertEquals(expected + 1, rows.size());
        rows.subList(1, rows.size()).forEach(r -> assertTrue(r.get(2).isEmpty() || r.get(2).equals("p3"), r.toString()));
    }

    @Test
    void metricsHaveARowPerPhaseWithTheMapsSpreadOut() {
        List<List<String>> rows = Csv.read(render(ExportFormat.METRICS_CSV, null).bytes());
        Csv.assertRectangular(rows);
        List<String> header = rows.get(0);
        assertEquals(List.of("phase", "fte", "fteByArchetype.maestro"), header.subList(0, 3));
        assertTrue(header.containsAll(List.of("fteByRegion.global", "fteByRegion.emea", "fteBySourcing.agency",
                "fteByOffice.none", "roles", "coverage", "duplicatedCapabilities")), header.toString());
        assertEquals(List.of("p1", "p2", "p3"), rows.subList(1, 4).stream().map(r -> r.get(0)).toList());
        assertEquals("1", rows.get(1).get(1), "p1: the analyst");
        assertEquals("3.5", rows.get(3).get(1), "p3: 0.5 + 1 + 2");
        assertEquals("3", rows.get(3).get(header.indexOf("roles")));
        assertEquals(4, rows.size());
    }

    @Test
    void metricsAtAPhaseAreThatPhasesRow() {
        List<List<String>> rows = Csv.read(render(ExportFormat.METRICS_CSV, phase("p2")).bytes());
        assertEquals(2, rows.size());
        assertEquals("p2", rows.get(1).get(0));
    }

    @Test
    void everySampleTableParsesBackWithTheRightRows() {
        for (String name : org.modesign.starter.BundledSamples.ALL) {
            Design sample = ExportFixtures.sample(name);
            for (Scenario s : sample.scenarios()) {
                long roles = s.nodes().stream().filter(n -> n instanceof org.modesign.model.Role).count();
                assertEquals(roles + 1, table(sample, s, ExportFormat.ROLES_CSV).size(), name);
                assertEquals(sample.capabilities().size() + 1, table(sample, s, ExportFormat.RACI_CSV).size(), name);
                long findings = Validator.validate(sample).stream()
                        .filter(f -> f.scenario() == null || f.scenario().equals(s.id())).count();
                assertEquals(findings + 1, table(sample, s, ExportFormat.FINDINGS_CSV).size(), name + ": the "
                        + "scenario's findings and those of the whole file (not-ready)");
                assertEquals(sample.phases().size() + 1, table(sample, s, ExportFormat.METRICS_CSV).size(), name);
            }
        }
    }

    private static List<List<String>> table(Design d, Scenario s, ExportFormat format) {
        List<List<String>> rows = Csv.read(new Exporter().render(ExportRequest.of(format, d, s), ExportProgress.NONE)
                .bytes());
        Csv.assertRectangular(rows);
        return rows;
    }

    private ExportOutput render(ExportFormat format, Phase phase) {
        return new Exporter().render(ExportRequest.of(format, design, scenario).atPhase(phase), ExportProgress.NONE);
    }

    private Phase phase(String id) {
        return design.phase(id).orElseThrow();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
