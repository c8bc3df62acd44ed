package org.modesign.analysis;

import java.util.Arrays;
import org.modesign.model.Raci;

/**
 * The roles that, in one phase, are active and hold {@code R} or {@code A} (or only {@code A}) on
 * one capability, grouped by region so that the roles covering any slot are found without
 * scanning the others. Reused from capability to capability: each {@link #collect} costs
 * O(holders + regions).
 */
final class SlotHolders {

    private final ScenarioIndex index;
    private final int[] count;
    private final int[] accountable;
    private final int[] start;
    private int[] roles = new int[16];
    private int[] grouped = new int[16];
    private int size;
    private int accountableTotal;

    SlotHolders(ScenarioIndex index) {
        this.index = index;
        int regions = index.designIndex().regionCount();
        count = new int[regions];
        accountable = new int[regions];
        start = new int[regions + 1];
    }

    /**
     * Collects the roles active in phase {@code p} holding {@code A} on capability {@code c}, and
     * {@code R} too unless {@code accountableOnly}; returns how many there are.
     */
    int collect(int c, int p, boolean accountableOnly) {
        Arrays.fill(count, 0);
        Arrays.fill(accountable, 0);
        size = 0;
        accountableTotal = 0;
        for (int k = 0; k < index.holderCount(c); k++) {
            Raci letter = index.holderLetter(c, k);
            int role = index.holder(c, k);
            if (index.isActive(role, p) && (letter == Raci.A || letter.staffs() && !accountableOnly)) {
                add(role, letter == Raci.A);
            }
        }
        group();
        return size;
    }

    private void add(int role, boolean isAccountable) {
        if (size == roles.length) {
            roles = Arrays.copyOf(roles, size * 2);
            grouped = new int[size * 2];
        }
        roles[size++] = role;
        int r = index.regionIndex(role);
        count[r]++;
        if (isAccountable) {
            accountable[r]++;
            accountableTotal++;
        }
    }

    /** Counting sort of the roles by region, keeping node order within a region. */
    private void group() {
        start[0] = 0;
        for (int r = 0; r < count.length; r++) {
            start[r + 1] = start[r] + count[r];
        }
        int[] next = Arrays.copyOf(start, count.length);
        for (int k = 0; k < size; k++) {
            grouped[next[index.regionIndex(roles[k])]++] = roles[k];
        }
    }

    /** How many collected roles cover region {@code r}. */
    int covering(int r) {
        return r == DesignIndex.GLOBAL ? size : count[DesignIndex.GLOBAL] + count[r];
    }

    /** How many collected roles covering region {@code r} hold {@code A}. */
    int accountableCovering(int r) {
        if (r == DesignIndex.GLOBAL) {
            return accountableTotal;
        }
        return accountable[DesignIndex.GLOBAL] + accountable[r];
    }

    /** The collected roles covering region {@code r}. */
    int[] coveringRoles(int r) {
        if (r == DesignIndex.GLOBAL) {
            return Arrays.copyOf(roles, size);
        }
        int global = count[DesignIndex.GLOBAL];
        int[] result = new int[global + count[r]];
        System.arraycopy(grouped, start[DesignIndex.GLOBAL], result, 0, global);
        System.arraycopy(grouped, start[r], result, global, count[r]);
        return result;
    }
}
