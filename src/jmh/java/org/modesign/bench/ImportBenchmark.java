package org.modesign.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.RoleImporter;
import org.modesign.importer.UnusableCsv;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Issue 6's budget: importing a 10,000-row CSV takes at most 2 s on 2 cores, preview and edit
 * included. The CSV holds the roles of {@code generate --roles N --regions 5 --phases 6} under the
 * export's header; each team's lead reports to the lead of its parent team by id (the first to the
 * CMO by title), every other role to its team's lead by title, so manager look-ups by id and by
 * title both run. It goes into the same design with only the executives left in the scenario.
 * {@code warm} is the warm time; {@code cold} one import in a fresh JVM ({@link WarmAndCold}).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar ImportBenchmark}
 */
public class ImportBenchmark extends WarmAndCold {

    private static final int ROLES_PER_TEAM = 6;
    private static final int TEAMS_PER_TEAM = 4;
    private static final String HEADER = "id,title,archetype,team,region,fte,sourcing,from,to,manager\n";

    @Param({"10000"})
    public int roles;

    private byte[] csv;
    private Design target;

    @Setup(Level.Trial)
    public void setUp() {
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1));
        Scenario scenario = design.scenarios().get(0);
        csv = csv(scenario).getBytes(StandardCharsets.UTF_8);
        List<Node> executives = scenario.nodes().stream().filter(n -> n instanceof Executive).toList();
        List<String> ids = executives.stream().map(Node::id).toList();
        target = design.withScenario(0, scenario.withNodes(executives).withLines(scenario.lines().stream()
                .filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList()));
    }

    @Override
    protected Design once() throws UnusableCsv {
        ImportPreview preview = RoleImporter.preview("bench.csv", csv, target, "s1");
        if (!preview.problems().isEmpty() || preview.rows().size() != roles) {
            throw new IllegalStateException("the benchmark's CSV should import whole: " + preview.problems().get(0));
        }
        return preview.command().apply(target);
    }

    /** The roles as CSV, with managers as described above. */
    private static String csv(Scenario scenario) {
        Map<String, String> teamNames = new HashMap<>();
        for (Node node : scenario.nodes()) {
            teamNames.put(node.id(), node.label());
        }
        StringBuilder sb = new StringBuilder(HEADER);
        int r = 0;
        for (Node node : scenario.nodes()) {
            if (node instanceof Role role) {
                int team = r / ROLES_PER_TEAM;
                String manager;
                if (r % ROLES_PER_TEAM != 0) {
                    manager = "Team lead " + (team * ROLES_PER_TEAM + 1);
                } else {
                    manager = team == 0 ? "CMO" : "role-" + ((team - 1) / TEAMS_PER_TEAM * ROLES_PER_TEAM + 1);
                }
                sb.append(role.id()).append(',').append(role.title()).append(',').append(role.archetype().code())
                        .append(',').append(teamNames.get(role.team())).append(',').append(orEmpty(role.region()))
                        .append(',').append(role.fte()).append(',').append(role.sourcing().code()).append(',')
                        .append(orEmpty(role.from())).append(',').append(orEmpty(role.to())).append(',')
                        .append(manager).append('\n');
                r++;
            }
        }
        return sb.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
