package org.modesign.analysis;

import java.util.Arrays;
import java.util.List;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;

/**
 * Per capability, the roles holding a letter on it with that letter, roles in file order; built
 * once from the responsibilities in O(roles + responsibilities).
 */
final class CapabilityHolders {

    private static final Raci[] LETTERS = Raci.values();

    private final int[] start;
    private final int[] roles;
    private final byte[] letters;

    private CapabilityHolders(int[] start, int[] roles, byte[] letters) {
        this.start = start;
        this.roles = roles;
        this.letters = letters;
    }

    static CapabilityHolders of(DesignIndex design, List<Node> nodes) {
        int[] start = new int[design.capabilityCount() + 1];
        int[] nodeOf = new int[16];
        int[] capabilityOf = new int[16];
        byte[] letterOf = new byte[16];
        int total = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Role role) {
                for (Responsibility r : role.responsibilities()) {
                    int c = design.capabilityIndex(r.capability());
                    if (c >= 0) {
                        if (total == nodeOf.length) {
                            nodeOf = Arrays.copyOf(nodeOf, total * 2);
                            capabilityOf = Arrays.copyOf(capabilityOf, total * 2);
                            letterOf = Arrays.copyOf(letterOf, total * 2);
                        }
                        nodeOf[total] = i;
                        capabilityOf[total] = c;
                        letterOf[total++] = (byte) r.raci().ordinal();
                        start[c + 1]++;
                    }
                }
            }
        }
        for (int c = 0; c + 1 < start.length; c++) {
            start[c + 1] += start[c];
        }
        int[] next = start.clone();
        int[] roles = new int[total];
        byte[] letters = new byte[total];
        for (int k = 0; k < total; k++) {
            int slot = next[capabilityOf[k]]++;
            roles[slot] = nodeOf[k];
            letters[slot] = letterOf[k];
        }
        return new CapabilityHolders(start, roles, letters);
    }

    int count(int capability) {
        return start[capability + 1] - start[capability];
    }

    int role(int capability, int k) {
        return roles[start[capability] + k];
    }

    Raci letter(int capability, int k) {
        return LETTERS[letters[start[capability] + k]];
    }
}
