package org.modesign.analysis;

import org.modesign.model.Archetype;
import org.modesign.model.Raci;
import org.modesign.model.Role;

/**
 * {@code archetype-mismatch} (format.md §3): in every phase where it holds the letter, a role that
 * is not a leader is accountable for a capability whose default archetype differs from its own.
 * An executive holding a letter is never a mismatch (format-v2.md §3).
 */
final class ArchetypeRule {

    private ArchetypeRule() {
    }

    static void check(Findings out) {
        ScenarioIndex index = out.index();
        HeldLetters letters = index.letters();
        DesignIndex design = index.designIndex();
        for (int c = 0; c < design.capabilityCount(); c++) {
            Archetype expected = design.capability(c).archetype();
            for (int k = 0; k < letters.count(c); k++) {
                int v = letters.holder(c, k);
                if (letters.letter(c, k) != Raci.A || !index.isRole(v)) {
                    continue;
                }
                Role role = index.role(v);
                if (role.archetype() != Archetype.LEADER && role.archetype() != expected) {
                    for (int p = letters.heldFrom(c, k); p <= letters.heldTo(c, k); p++) {
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
