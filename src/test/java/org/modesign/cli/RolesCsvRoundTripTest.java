package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.starter.BundledSamples;

/**
 * The roles table of every bundled sample, imported into a new design (no --into), gives a design
 * that loads, holds the same roles in the same phases under the same managers, and exports the same
 * table again.
 */
class RolesCsvRoundTripTest {

    @TempDir
    Path dir;

    static List<String> samples() {
        return BundledSamples.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSamplesRolesComeBackIntoANewDesign(String sample) throws IOException {
        Path file = dir.resolve(sample);
        Files.write(file, BundledSamples.read(sample));
        Path csv = dir.resolve("roles.csv");
        Path imported = dir.resolve("imported.modesign");
        Path again = dir.resolve("again.csv");

        CliRun export = CliRun.of("export", "--format", "roles-csv", "--out", csv.toString(), file.toString());
        assertEquals(0, export.exit(), export.err());
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", imported.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());

        Design original = read(file);
        Design design = read(imported);
        assertEquals(List.of(), Integrity.check(design));
        assertPhasesKeepTheirOrder(original, design);
        assertSameRoles(original, design);
        CliRun reexport = CliRun.of("export", "--format", "roles-csv", "--out", again.toString(), imported.toString());
        assertEquals(0, reexport.exit(), reexport.err());
        assertEquals(Files.readString(csv, StandardCharsets.UTF_8), Files.readString(again, StandardCharsets.UTF_8),
                "the table exported again is the table imported");
    }

    /** Each role starts no later than it ends, in the new plan as in the old. */
    private static void assertPhasesKeepTheirOrder(Design original, Design design) {
        List<String> ids = design.phases().stream().map(Phase::id).toList();
        for (Node node : design.scenarios().get(0).nodes()) {
            if (node instanceof Role role && role.from() != null && role.to() != null) {
                assertEquals(true, ids.indexOf(role.from()) <= ids.indexOf(role.to()), role.id());
            }
        }
        List<String> before = original.phases().stream().map(Phase::id).filter(ids::contains).toList();
        List<String> named = ids.stream().filter(before::contains).toList();
        assertEquals(before.size(), named.size(), "every phase the roles name is a phase of the new design");
    }

    private static void assertSameRoles(Design original, Design design) {
        assertEquals(roles(original), roles(design));
    }

    private static Map<String, String> roles(Design design) {
        List<Role> roles = new ArrayList<>();
        for (Node node : design.scenarios().get(0).nodes()) {
            if (node instanceof Role role) {
                roles.add(role);
            }
        }
        return roles.stream().collect(Collectors.toMap(Role::id, r -> r.title() + "|" + r.archetype() + "|"
                + r.fte() + "|" + r.sourcing() + "|" + r.from() + "|" + r.to()));
    }

    private static Design read(Path file) throws IOException {
        return new DesignReader().parse(Files.readAllBytes(file)).design();
    }
}
