package org.modesign.analysis;

import org.modesign.model.Archetype;
import org.modesign.model.Raci;
import org.modesign.model.Role;

/**
 * {@code archetype-mismatch} (format.md §3): in every phase where it is active, a role that is
 * not a leader is accountable for a capability whose default archetype differs from its own.
 */
final class ArchetypeRule {

    private ArchetypeRule() {
    }

    static void check(Findings out) {
        ScenarioIndex index = out.index();
        DesignIndex design = index.designIndex();
        for (int c = 0; c < design.capabilityCount(); c++) {
            Archetype expected = design.capability(c).archetype();
            for (int k = 0; k < index.holderCount(c); k++) {
                int v = index.holder(c, k);
                Role role = index.role(v);
                if (index.holderLetter(c, k) == Raci.A && role.archetype() != Archetype.LEADER
                        && role.archetype() != expected) {
                    for (int p = index.fromIdx(v); p <= index.toIdx(v); p++) {
                        out.add(Rule.ARCHETYPE_MISMATCH, p, c, -1, new int[] {v},
                                FindingText.of(FindingKey.ARCHETYPE_MISMATCH, out.subject(v),
                                        FindingText.of(FindingKey.archetype(role.archetype())), out.capability(c),
                                        FindingText.of(FindingKey.archetype(expected)), out.phase(p)));
                    }
                }
            }
        }
    }
}
