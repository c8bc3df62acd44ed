package org.modesign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.modesign.format.DesignWriter;
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
import org.modesign.model.Strategy;

/** Small designs for command-line tests. */
public final class CliFixtures {

    private CliFixtures() {
    }

    /**
     * Two scenarios over phases p1, p2. "central" staffs "campaigns" in p1 but nobody owns "data" in
     * p2 (one unstaffed error); "local" staffs both with an extra "Data analyst".
     */
    public static Design twoScenarios() {
        List<Capability> caps = List.of(
                new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.GLOBAL, Archetype.MARKETER),
                new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER));
        List<Phase> phases = List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                new Phase("p2", "Data", List.of("campaigns", "data")));
        Role marketer = Role.of("m1", "Campaign manager", Archetype.MARKETER, 0, 240)
                .withResponsibilities(List.of(new Responsibility("campaigns", Raci.A)));
        Role analyst = Role.of("a1", "Data analyst", Archetype.MODELER, 200, 240)
                .withResponsibilities(List.of(new Responsibility("data", Raci.A)));
        Executive ceo = new Executive("ceo", Office.CEO, "CEO", 0, 0);
        Executive cmo = new Executive("cmo", Office.CMO, "CMO", 0, 120);
        Scenario central = new Scenario("central", "Centralized CoE", Strategy.CENTRALIZED,
                List.of(ceo, cmo, marketer),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("m1", "cmo", LineStyle.SOLID)));
        Scenario local = new Scenario("local", "Local expression", Strategy.LOCAL_EXPRESSION,
                List.of(ceo, cmo, marketer, analyst),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("m1", "cmo", LineStyle.SOLID),
                        new Line("a1", "cmo", LineStyle.SOLID)));
        return new Design("Test design", "", Settings.DEFAULTS, List.<Region>of(), caps, phases,
                List.of(central, local));
    }

    static Path write(Design design, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        new DesignWriter().save(design, file);
        return file;
    }
}
