package org.modesign.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * A stand-in for the roles export, for round trips: one row per role under the export's header,
 * UTF-8 with a byte-order mark. Team by name, region the role's own (or empty), FTE and phases as
 * in the file, manager the target of the role's first solid line: by id for a role or an executive,
 * by name for a team (team ids are not in the file, team names are).
 */
final class RolesCsv {

    private RolesCsv() {
    }

    static byte[] write(Scenario scenario) {
        Map<String, Node> byId = scenario.nodesById();
        Map<String, String> manager = new HashMap<>();
        for (Line line : scenario.lines()) {
            if (line.solid()) {
                manager.putIfAbsent(line.from(), line.to());
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord((Object[]) ImportFixtures.HEADER.split(","));
            for (Node node : scenario.nodes()) {
                if (node instanceof Role role) {
                    Node team = role.team() == null ? null : byId.get(role.team());
                    Node up = manager.containsKey(role.id()) ? byId.get(manager.get(role.id())) : null;
                    csv.printRecord(role.id(), role.title(), role.archetype().code(),
                            team == null ? "" : team.label(), orEmpty(role.region()), fte(role.fte()),
                            role.sourcing().code(), orEmpty(role.from()), orEmpty(role.to()),
                            up == null ? "" : up instanceof Team ? up.label() : up.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String fte(double fte) {
        return fte == Math.rint(fte) ? String.valueOf((long) fte) : String.valueOf(fte);
    }
}
