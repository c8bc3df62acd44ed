package org.modesign.export;

import java.util.List;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.starter.BundledSamples;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
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

/** Designs for the export tests. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    /** A bundled sample, read as the editor reads it. */
    static Design sample(String name) {
        LoadResult result = new DesignReader().parse(BundledSamples.read(name));
        if (!result.ok()) {
            throw new AssertionError(name + ": " + result.problems());
        }
        return result.design();
    }

    /** A generated design of {@code roles} roles in one scenario, laid out as a tree. */
    static Design generated(int roles) {
        return DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 1, 1));
    }

    /**
     * Phases p1, p2, p3; region emea; in scenario "s": CEO, a team "Martech 中心" in EMEA from p2,
     * and four roles:
     * <ul>
     *   <li>"m1" 市场经理 (marketer, 0.5 FTE, agency, own region none, in the team, solid line to the CEO
     *       and a dotted one to "a1", accountable A on campaigns);
     *   <li>"a1" Analyst, from p1 to p1, no team, A on data, C on campaigns;
     *   <li>"x1" Specialist, in the team with no line of its own, I on data;
     *   <li>"l1" Lead, from p3, in the team with region emea, solid line to "a1", A on campaigns.
     * </ul>
     */
    static Design small() {
        List<Capability> capabilities = List.of(
                new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.GLOBAL, Archetype.MARKETER),
                new Capability("data", "Keep data clean", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER));
        List<Phase> phases = List.of(new Phase("p1", "Foundation", List.of()), new Phase("p2", "Growth", List.of()),
                new Phase("p3", "Scale", List.of("campaigns")));
        Role marketer = new Role("m1", "市场经理", Archetype.MARKETER, "team", null, 0.5, Sourcing.AGENCY, null,
                null, List.of(new Responsibility("campaigns", Raci.A)), 0, 240);
        Role analyst = new Role("a1", "Analyst", Archetype.MODELER, null, null, 1, Sourcing.IN_HOUSE, "p1", "p1",
                List.of(new Responsibility("data", Raci.A), new Responsibility("campaigns", Raci.C)), 240, 120);
        Role specialist = Role.of("x1", "Specialist", Archetype.MAKER, 200, 340).withTeam("team")
                .withResponsibilities(List.of(new Responsibility("data", Raci.I)));
        Role lead = new Role("l1", "Lead", Archetype.LEADER, "team", "emea", 2, Sourcing.IN_HOUSE, "p3", null,
                List.of(new Responsibility("campaigns", Raci.A)), 400, 340);
        Scenario scenario = new Scenario("s", "Hub", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Team("team", "Martech 中心", "emea", "p2", null, 200, 240),
                marketer, analyst, specialist, lead),
                List.of(new Line("m1", "ceo", LineStyle.SOLID), new Line("m1", "a1", LineStyle.DOTTED),
                        new Line("a1", "ceo", LineStyle.SOLID), new Line("l1", "a1", LineStyle.SOLID),
                        new Line("team", "ceo", LineStyle.SOLID)));
        return new Design("Small 设计", "", Settings.DEFAULTS, List.of(new Region("emea", "EMEA")), capabilities,
                phases, List.of(scenario));
    }
}
