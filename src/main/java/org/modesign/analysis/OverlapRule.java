package org.modesign.analysis;

/**
 * {@code overlapping-responsibility} (format.md §3): in every phase, for every capability,
 * required or not, two or more holders (roles, and executives: format-v2.md §3) accountable
 * ({@code A}) for the same slot in that phase. A {@code global} holder (an executive is one)
 * covers every region, so it overlaps in each region with any other.
 */
final class OverlapRule {

    private OverlapRule() {
    }

    static void check(Findings out) {
        ScenarioIndex index = out.index();
        DesignIndex design = index.designIndex();
        SlotHolders accountable = new SlotHolders(index);
        for (int p = 0; p < design.phaseCount(); p++) {
            for (int c = 0; c < design.capabilityCount(); c++) {
                if (accountable.collect(c, p, true) < 2) {
                    continue;
                }
                for (int s = 0; s < design.slotCount(c); s++) {
                    int region = design.slotRegion(c, s);
                    if (accountable.covering(region) >= 2) {
                        int[] nodes = out.sorted(accountable.coveringHolders(region));
                        out.add(Rule.OVERLAPPING_RESPONSIBILITY, p, c, region, nodes,
                                out.inRegion(FindingKey.OVERLAPPING_RESPONSIBILITY,
                                        FindingKey.OVERLAPPING_RESPONSIBILITY_REGION, region,
                                        out.capability(c), nodes.length, out.phase(p), out.nodes(nodes)));
                    }
                }
            }
        }
    }
}
