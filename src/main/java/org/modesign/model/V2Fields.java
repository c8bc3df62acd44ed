package org.modesign.model;

import java.util.List;

/**
 * Whether a design, or a part of it, uses a field of format version 2 (format-v2.md §2): a field
 * that differs from its default. A design that uses none is written as version 1, and the writer
 * leaves out every version 2 field that has its default. One pass over the design, stopping at
 * the first use.
 */
public final class V2Fields {

    private V2Fields() {
    }

    public static boolean usedBy(Design design) {
        if (usedBy(design.settings()) || !design.charter().isEmpty() || !design.tools().isEmpty()) {
            return true;
        }
        for (Capability capability : design.capabilities()) {
            if (capability.needsTool()) {
                return true;
            }
        }
        for (Phase phase : design.phases()) {
            if (!phase.goal().isEmpty()) {
                return true;
            }
        }
        for (Scenario scenario : design.scenarios()) {
            if (usedBy(scenario)) {
                return true;
            }
        }
        return false;
    }

    public static boolean usedBy(Settings settings) {
        return !settings.currency().isEmpty() || !settings.costPerFte().isEmpty();
    }

    /** Whether the scenario has a stack or a node that uses a version 2 field. */
    public static boolean usedBy(Scenario scenario) {
        if (!scenario.stack().isEmpty()) {
            return true;
        }
        for (Node node : scenario.nodes()) {
            if (usedBy(node)) {
                return true;
            }
        }
        return false;
    }

    public static boolean usedBy(Node node) {
        if (node instanceof Role role) {
            return !role.alsoIn().isEmpty() || role.staffing() != Staffing.FILLED || !role.person().isEmpty()
                    || role.cost() != null || !role.fteChanges().isEmpty() || anySpan(role.responsibilities());
        }
        if (node instanceof Team team) {
            return team.kind() != TeamKind.DEPARTMENT;
        }
        Executive executive = (Executive) node;
        return !executive.responsibilities().isEmpty() || !executive.alsoIn().isEmpty();
    }

    private static boolean anySpan(List<Responsibility> responsibilities) {
        for (Responsibility r : responsibilities) {
            if (r.hasSpan()) {
                return true;
            }
        }
        return false;
    }
}
