package org.modesign.analysis;

/**
 * {@code unstaffed-capability} and {@code missing-accountable} (format.md §3): in every phase,
 * every slot of every required capability needs a role that staffs it, and one of the roles
 * covering it must be accountable.
 */
final class SlotRules {

    private SlotRules() {
    }

    static void check(Findings out) {
        ScenarioIndex index = out.index();
        DesignIndex design = index.designIndex();
        SlotHolders staff = new SlotHolders(index);
        for (int p = 0; p < design.phaseCount(); p++) {
            for (int k = 0; k < design.requiredCount(p); k++) {
                int c = design.required(p, k);
                staff.collect(c, p, false);
                for (int s = 0; s < design.slotCount(c); s++) {
                    checkSlot(out, staff, p, c, design.slotRegion(c, s));
                }
            }
        }
    }

    private static void checkSlot(Findings out, SlotHolders staff, int p, int c, int region) {
        if (staff.covering(region) == 0) {
            out.add(Rule.UNSTAFFED_CAPABILITY, p, c, region, new int[0],
                    out.inRegion(FindingKey.UNSTAFFED_CAPABILITY, FindingKey.UNSTAFFED_CAPABILITY_REGION, region,
                            out.capability(c), out.phase(p)));
        } else if (staff.accountableCovering(region) == 0) {
            int[] nodes = out.sorted(staff.coveringRoles(region));
            out.add(Rule.MISSING_ACCOUNTABLE, p, c, region, nodes,
                    out.inRegion(FindingKey.MISSING_ACCOUNTABLE, FindingKey.MISSING_ACCOUNTABLE_REGION, region,
                            out.capability(c), out.phase(p), out.nodes(nodes), nodes.length));
        }
    }
}
