package org.modesign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.format.DesignWriter;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.StackEntry;

/**
 * The designs of the diff and merge budgets (issue 13): a base of
 * {@code generate --roles N --regions 5 --phases 6 --capabilities 40 --scenarios 2 --tools 50 --v2}
 * and two sides, each with 500 changes of its own roles (250 per scenario: 100 titles, 50 FTEs,
 * 25 letters, 25 moves, 25 roles removed, 25 added), the two sides on disjoint roles.
 *
 * <p>{@code java -cp target/benchmarks.jar org.modesign.bench.MergeSides DIR [ROLES]} writes
 * {@code base.modesign}, {@code ours.modesign} and {@code theirs.modesign} into DIR, to time the
 * commands as whole processes: {@code modesign merge DIR/base.modesign DIR/ours.modesign
 * DIR/theirs.modesign --out DIR/merged.modesign}, {@code modesign diff DIR/base.modesign DIR/ours.modesign}.
 */
public final class MergeSides {

    /** Changes per scenario of one side. */
    static final int PER_SCENARIO = 250;

    private MergeSides() {
    }

    static Design base(int roles) {
        return DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1, 50, true));
    }

    /** {@code base} with the 500 changes of side 0 (ours) or 1 (theirs). */
    static Design side(Design base, int side) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : base.scenarios()) {
            scenarios.add(side(s, side));
        }
        return base.withScenarios(scenarios);
    }

    private static Scenario side(Scenario s, int side) {
        Set<String> owners = new HashSet<>();
        for (StackEntry e : s.stack()) {
            owners.add(e.owner());
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < s.nodes().size(); i++) {
            if (s.nodes().get(i) instanceof Role && i % 2 == side) {
                candidates.add(i);
            }
        }
        List<Node> nodes = new ArrayList<>(s.nodes());
        Set<Integer> removed = new HashSet<>();
        List<Node> added = new ArrayList<>();
        for (int k = 0; k < PER_SCENARIO; k++) {
            int i = candidates.get((int) ((long) k * 13 % candidates.size()));
            Role r = (Role) nodes.get(i);
            if (k < 100 || (k >= 200 && k < 225 && owners.contains(r.id()))) {
                nodes.set(i, r.withTitle(r.title() + " (side " + side + ")"));
            } else if (k < 150) {
                nodes.set(i, r.withFte(r.fte() == 1 ? 0.5 : 1));
            } else if (k < 175) {
                nodes.set(i, r.withResponsibilities(r.responsibilities().stream()
                        .map(l -> l.withRaci(l.raci() == Raci.I ? Raci.C : Raci.I)).toList()));
            } else if (k < 200) {
                nodes.set(i, r.withPosition(r.x() + 40, r.y() + 20));
            } else if (k < 225) {
                removed.add(i);
            } else {
                added.add(new Role("side" + side + "-" + s.id() + "-" + k, "New role " + k, Archetype.MAKER, r.team(),
                        null, 1, Sourcing.IN_HOUSE, null, null, List.of(), r.x(), r.y() + 60));
            }
        }
        List<Node> result = new ArrayList<>(nodes.size() + added.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (!removed.contains(i)) {
                result.add(nodes.get(i));
            }
        }
        result.addAll(added);
        return s.withNodes(result);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int roles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(dir);
        Design base = base(roles);
        DesignWriter writer = new DesignWriter();
        writer.save(base, dir.resolve("base.modesign"));
        writer.save(side(base, 0), dir.resolve("ours.modesign"));
        writer.save(side(base, 1), dir.resolve("theirs.modesign"));
        System.out.println("Wrote base, ours and theirs (" + roles + " roles, 2 scenarios, 500 changes a side) to "
                + dir);
    }
}
