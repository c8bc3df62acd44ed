package org.modesign.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/** A small target design and CSV text for the import tests. */
final class ImportFixtures {

    static final String HEADER = "id,title,archetype,team,region,fte,sourcing,from,to,manager";

    private ImportFixtures() {
    }

    /**
     * Phases p1 "Foundation", p2 "Scale", p3 "Optimise"; regions emea "EMEA", apac "APAC"; scenario
     * "central": CEO (ceo), CMO (cmo, reports to the CEO), team "Martech CoE" (coe, reports to the
     * CMO) with role "Data analyst" (analyst) at (0, 360); a second scenario "other" with the CEO only.
     */
    static Design design() {
        Capability data = new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER);
        Scenario central = new Scenario("central", "Centralized", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120),
                new Team("coe", "Martech CoE", null, null, null, 0, 240),
                Role.of("analyst", "Data analyst", Archetype.MODELER, 0, 360).withTeam("coe")),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID)));
        Scenario other = new Scenario("other", "Other", Strategy.OTHER,
                List.of(new Executive("ceo", Office.CEO, "CEO", 0, 0)), List.of());
        return new Design("Fixture", "", Settings.DEFAULTS,
                List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")), List.of(data),
                List.of(new Phase("p1", "Foundation", List.of()), new Phase("p2", "Scale", List.of()),
                        new Phase("p3", "Optimise", List.of())),
                List.of(central, other));
    }

    /** The lines joined by LF, as UTF-8 bytes. */
    static byte[] csv(String... lines) {
        return String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The preview of importing these lines into scenario "central" of {@link #design()}. */
    static ImportPreview preview(String... lines) throws UnusableCsv {
        return RoleImporter.preview("roles.csv", csv(lines), design(), "central");
    }

    /** The English texts of the problems, as "line: text". */
    static List<String> problems(ImportPreview preview) {
        return preview.problems().stream().map(RowProblem::toString).toList();
    }

    /** The usable row on {@code line}. */
    static PreviewRow row(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no usable row on line " + line + ": " + problems(preview)));
    }
}
