package org.modesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Problem;
import org.modesign.model.Scenario;

/** Loads designs for commands and picks scenarios and phases by id, failing with exit code 2. */
final class DesignFiles {

    private DesignFiles() {
    }

    /** The design in {@code file}, or a failure that lists every problem the reader found. */
    static Design load(Path file) {
        LoadResult result = EarlyReads.read(file);
        if (result.ok()) {
            return result.design();
        }
        List<String> lines = new ArrayList<>();
        lines.add("modesign: cannot read " + file + " (" + count(result.problems().size()) + "):");
        for (Problem p : result.problems()) {
            lines.add("  " + p);
        }
        throw new CliFailure(lines);
    }

    /** The scenarios named by {@code id}, or all of them when {@code id} is null. */
    static List<Scenario> scenarios(Design design, String id, Path file) {
        if (id == null) {
            return design.scenarios();
        }
        return List.of(scenario(design, id, file));
    }

    static Scenario scenario(Design design, String id, Path file) {
        return design.scenario(id).orElseThrow(() -> new CliFailure("modesign: no scenario \"" + id
                + "\" in " + file + "; it has " + ids(design.scenarios().stream().map(Scenario::id).toList())));
    }

    /** Fails unless {@code phaseId} (when given) is a phase of the design. */
    static void requirePhase(Design design, String phaseId, Path file) {
        if (phaseId != null && design.phaseIndex(phaseId) < 0) {
            throw new CliFailure("modesign: no phase \"" + phaseId + "\" in " + file + "; it has "
                    + ids(design.phases().stream().map(p -> p.id()).toList()));
        }
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }

    private static String count(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }
}
