package org.modesign.analysis;

/**
 * {@code unstaffed-capability} and {@code missing-accountable} (format.md §3), and
 * {@code depends-on-vacancy} (format-v2.md §4): in every phase, every slot of every required
 * capability needs a holder that staffs it, one of the holders covering it must be accountable,
 * and not all of them should be positions nobody fills yet. Holders are roles and executives
 * holding their letters in the phase ({@link HeldLetters}).
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
            return;
        }
        int[] nodes = null;
        if (staff.accountableCovering(region) == 0) {
            nodes = out.sorted(staff.coveringHolders(region));
            out.add(Rule.MISSING_ACCOUNTABLE, p, c, region, nodes,
                    out.inRegion(FindingKey.MISSING_ACCOUNTABLE, FindingKey.MISSING_ACCOUNTABLE_REGION, region,
                            out.capability(c), out.phase(p), out.nodes(nodes), nodes.length));
        }
        if (staff.filledCovering(region) == 0) {
            nodes = nodes != null ? nodes : out.sorted(staff.coveringHolders(region));
            out.add(Rule.DEPENDS_ON_VACANCY, p, c, region, nodes,
                    out.inRegion(FindingKey.DEPENDS_ON_VACANCY, FindingKey.DEPENDS_ON_VACANCY_REGION, region,
                            out.capability(c), out.phase(p), out.nodes(nodes), nodes.length));
        }
    }
}
