package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modesign.analysis.TestDesigns.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Office;
import org.modesign.model.Scope;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;

class MetricsTest {

    private static final List<String> ARCHETYPES = List.of("maestro", "modeler", "maker", "marketer", "leader");
    private static final List<String> REGIONS = List.of("global", "emea", "apac");
    private static final List<String> SOURCINGS = List.of("in-house", "agency", "contractor", "seconded");
    private static final List<String> OFFICES = List.of("ceo", "cmo", "it", "cfo", "sales", "other", "none");

    private static Map<String, Double> values(List<String> keys, double... values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            map.put(keys.get(k), values[k]);
        }
        return map;
    }

    /**
     * CEO with CMO and IT below; team coe (global) and team emt (EMEA, from p2) under the CMO;
     * r1 architect in coe; r2 EMEA campaigner in emt; r3 APAC analyst under IT (p1-p2); r4 a
     * global floater with no manager (a dotted line only); r5 a global campaigner in coe (p1
     * only); r6 a global intern under r5.
     */
    private static Design sample() {
        return design().regions("emea", "apac")
                .capability("arch", Scope.GLOBAL, Archetype.LEADER)
                .capability("crm", Scope.PER_REGION, Archetype.MARKETER)
                .capability("dq", Scope.GLOBAL, Archetype.MODELER)
                .capability("sec", Scope.GLOBAL, Archetype.MAKER)
                .phase("p1", "arch", "crm").phase("p2", "crm", "dq").phase("p3", "sec")
                .scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO).executive("it", Office.IT)
                        .team("coe").team("emt", "emea", "p2", null)
                        .role("r1", r -> r.team("coe").a("arch"))
                        .role("r2", r -> r.team("emt").archetype(Archetype.MARKETER).fte(2)
                                .sourcing(Sourcing.AGENCY).a("crm"))
                        .role("r3", r -> r.region("apac").archetype(Archetype.MODELER).fte(0.5)
                                .sourcing(Sourcing.CONTRACTOR).phases("p1", "p2").a("dq").r("crm"))
                        .role("r4", r -> r.archetype(Archetype.MAKER).fte(1.5).sourcing(Sourcing.SECONDED).a("crm"))
                        .role("r5", r -> r.team("coe").archetype(Archetype.MARKETER).phases("p1", "p1").a("crm"))
                        .role("r6", r -> r.archetype(Archetype.MAESTRO))
                        .line("cmo", "ceo").line("it", "ceo").line("coe", "cmo").line("emt", "cmo")
                        .line("r3", "it").line("r6", "r5").dotted("r4", "ceo"))
                .build();
    }

    @Test
    void theHeadcountIsTheRolesAndFteOfTheFullMetrics() {
        for (long seed = 1; seed <= 20; seed++) {
            Design design = RandomDesigns.generate(seed);
            for (Scenario scenario : design.scenarios()) {
                ScenarioIndex index = ScenarioIndex.of(design, scenario);
                List<PhaseMetrics> full = Metrics.of(design, scenario).phases();
                List<Headcount> heads = Metrics.headcounts(index);
                assertEquals(full.size(), heads.size());
                for (int p = 0; p < full.size(); p++) {
                    assertEquals(full.get(p).phase(), heads.get(p).phase());
                    assertEquals(full.get(p).roles(), heads.get(p).roles());
                    assertEquals(full.get(p).fte(), heads.get(p).fte());
                }
            }
        }
        List<Headcount> sample = Metrics.headcounts(ScenarioIndex.of(sample(), sample().scenarios().get(0)));
        assertEquals(List.of(new Headcount("p1", 5, 5.0), new Headcount("p2", 5, 6.0), new Headcount("p3", 4, 5.5)),
                sample, "r5 only in p1, r3 in p1-p2, r2's team from p2");
    }

    @Test
    void everyMetricOfEveryPhaseOfASmallDesign() {
        Design d = sample();
        ScenarioMetrics metrics = Metrics.of(d, d.scenarios().get(0));
        assertEquals("s", metrics.id());
        assertEquals("Scenario s", metrics.name());
        PhaseMetrics p1 = new PhaseMetrics("p1", 5.0, values(ARCHETYPES, 1, 0.5, 1.5, 1, 1),
                values(REGIONS, 4.5, 0, 0.5), values(SOURCINGS, 3, 0, 0.5, 1.5),
                values(OFFICES, 0, 3, 0.5, 0, 0, 0, 1.5), 5, 1, 4, 2, 7 / 5.0, 3, 3, 1.0, 0, 2, 4.5 / 5.0, 0);
        PhaseMetrics p2 = new PhaseMetrics("p2", 6.0, values(ARCHETYPES, 1, 0.5, 1.5, 2, 1),
                values(REGIONS, 3.5, 2, 0.5), values(SOURCINGS, 2, 2, 0.5, 1.5),
                values(OFFICES, 0, 4, 0.5, 0, 0, 0, 1.5), 5, 2, 3, 2, 7 / 5.0, 3, 3, 1.0, 0, 1, 3.5 / 6.0, 1);
        PhaseMetrics p3 = new PhaseMetrics("p3", 5.5, values(ARCHETYPES, 1, 0, 1.5, 2, 1),
                values(REGIONS, 3.5, 2, 0), values(SOURCINGS, 2, 2, 0, 1.5),
                values(OFFICES, 0, 4, 0, 0, 0, 0, 1.5), 4, 2, 3, 2, 6 / 4.0, 1, 0, 0.0, 1, 1, 3.5 / 5.5, 1);
        assertEquals(List.of(p1, p2, p3), metrics.phases());
    }

    @Test
    void mapsKeepEveryKeyInEnumerationOrder() {
        Design d = sample();
        PhaseMetrics p3 = Metrics.of(d, d.scenarios().get(0)).phases().get(2);
        assertEquals(ARCHETYPES, new ArrayList<>(p3.fteByArchetype().keySet()));
        assertEquals(REGIONS, new ArrayList<>(p3.fteByRegion().keySet()));
        assertEquals(SOURCINGS, new ArrayList<>(p3.fteBySourcing().keySet()));
        assertEquals(OFFICES, new ArrayList<>(p3.fteByOffice().keySet()));
    }

    @Test
    void asMapListsTheMetricsInTheOrderOfTheFormat() {
        Design d = sample();
        PhaseMetrics p1 = Metrics.of(d, d.scenarios().get(0)).phases().get(0);
        Map<String, Object> map = p1.asMap();
        assertEquals(List.of("phase", "fte", "fteByArchetype", "fteByRegion", "fteBySourcing", "fteByOffice",
                "roles", "teams", "layers", "spanMax", "spanMean", "requiredSlots", "staffedSlots", "coverage",
                "unstaffed", "overlaps", "centralShare", "duplicatedCapabilities", "tools", "toolCost",
                "toolsByCategory", "peopleCost", "martechShare", "openFte", "hires", "unsupported", "unownedTools",
                "duplicateTools"), new ArrayList<>(map.keySet()));
        assertEquals("p1", map.get("phase"));
        assertEquals(5.0, map.get("fte"));
        assertEquals(4, map.get("layers"));
        assertEquals(p1.fteByRegion(), map.get("fteByRegion"));
    }

    @Test
    void anEmptyPhaseHasZerosAndFullCoverage() {
        Design d = design().capability("arch", Scope.GLOBAL, Archetype.LEADER).phase("p1")
                .scenario("s", s -> s.ceo("ceo")).build();
        PhaseMetrics p1 = Metrics.of(d, d.scenarios().get(0)).phases().get(0);
        assertEquals(new PhaseMetrics("p1", 0, values(ARCHETYPES, 0, 0, 0, 0, 0), values(List.of("global"), 0),
                values(SOURCINGS, 0, 0, 0, 0), values(OFFICES, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0, 0, 0.0, 0, 0, 1.0,
                0, 0, 0.0, 0), p1);
    }

    @Test
    void rolesAccountableInOneRegionAreNoDuplicateButTwoRegionsAre() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .capability("dq", Scope.PER_REGION, Archetype.LEADER).phase("p1")
                .scenario("s", s -> s.role("e1", r -> r.region("emea").a("crm")).role("e2", r -> r.region("emea")
                        .a("crm")).role("a", r -> r.region("apac").r("crm").a("dq")).role("g", r -> r.a("dq")))
                .build();
        assertEquals(1, Metrics.of(d, d.scenarios().get(0)).phases().get(0).duplicatedCapabilities());
    }

    @Test
    void metricsFromAReusedIndexAndFindingsEqualTheDirectOnes() {
        Design d = sample();
        ScenarioIndex index = ScenarioIndex.of(d, d.scenarios().get(0));
        assertEquals(Metrics.of(d, d.scenarios().get(0)),
                Metrics.of(d, index, Validator.validate(d, index)));
    }
}
