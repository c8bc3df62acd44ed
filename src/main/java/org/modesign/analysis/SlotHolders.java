package org.modesign.analysis;

import java.util.Arrays;
import org.modesign.model.Raci;

/**
 * The holders (roles and executives) that, in one phase, hold {@code R} or {@code A} (or only
 * {@code A}) on one capability, grouped by region so that the holders covering any slot are found
 * without scanning the others; an executive counts as region {@code global}. Reused from
 * capability to capability: each {@link #collect} costs O(letters on the capability + regions).
 */
final class SlotHolders {

    private final HeldLetters letters;
    private final int[] count;
    private final int[] accountable;
    private final int[] filled;
    private final int[] start;
    private int[] holders = new int[16];
    private int[] regions = new int[16];
    private int[] grouped = new int[16];
    private int size;
    private int accountableTotal;
    private int filledTotal;

    SlotHolders(ScenarioIndex index) {
        this.letters = index.letters();
        int regionCount = index.designIndex().regionCount();
        count = new int[regionCount];
        accountable = new int[regionCount];
        filled = new int[regionCount];
        start = new int[regionCount + 1];
    }

    /**
     * Collects the holders of letters held in phase {@code p} that are {@code A} on capability
     * {@code c}, and {@code R} too unless {@code accountableOnly}; returns how many there are.
     */
    int collect(int c, int p, boolean accountableOnly) {
        Arrays.fill(count, 0);
        Arrays.fill(accountable, 0);
        Arrays.fill(filled, 0);
        size = 0;
        accountableTotal = 0;
        filledTotal = 0;
        for (int k = 0; k < letters.count(c); k++) {
            if (letters.isHeld(c, k, p)) {
                Raci letter = letters.letter(c, k);
                if (letter == Raci.A || letter.staffs() && !accountableOnly) {
                    add(letters.holder(c, k), letters.region(c, k), letter == Raci.A, !letters.isVacant(c, k));
                }
            }
        }
        group();
        return size;
    }

    private void add(int holder, int r, boolean isAccountable, boolean isFilled) {
        if (size == holders.length) {
            holders = Arrays.copyOf(holders, size * 2);
            regions = Arrays.copyOf(regions, size * 2);
            grouped = new int[size * 2];
        }
        holders[size] = holder;
        regions[size++] = r;
        count[r]++;
        if (isAccountable) {
            accountable[r]++;
            accountableTotal++;
        }
        if (isFilled) {
            filled[r]++;
            filledTotal++;
        }
    }

    /** Counting sort of the holders by region, keeping node order within a region. */
    private void group() {
        start[0] = 0;
        for (int r = 0; r < count.length; r++) {
            start[r + 1] = start[r] + count[r];
        }
        int[] next = Arrays.copyOf(start, count.length);
        for (int k = 0; k < size; k++) {
            grouped[next[regions[k]]++] = holders[k];
        }
    }

    /** How many collected holders cover region {@code r}. */
    int covering(int r) {
        return r == DesignIndex.GLOBAL ? size : count[DesignIndex.GLOBAL] + count[r];
    }

    /** How many collected holders covering region {@code r} hold {@code A}. */
    int accountableCovering(int r) {
        if (r == DesignIndex.GLOBAL) {
            return accountableTotal;
        }
        return accountable[DesignIndex.GLOBAL] + accountable[r];
    }

    /** How many collected holders covering region {@code r} are not vacancies (executives, filled roles). */
    int filledCovering(int r) {
        if (r == DesignIndex.GLOBAL) {
            return filledTotal;
        }
        return filled[DesignIndex.GLOBAL] + filled[r];
    }

    /** The collected holders covering region {@code r}. */
    int[] coveringHolders(int r) {
        if (r == DesignIndex.GLOBAL) {
            return Arrays.copyOf(holders, size);
        }
        int global = count[DesignIndex.GLOBAL];
        int[] result = new int[global + count[r]];
        System.arraycopy(grouped, start[DesignIndex.GLOBAL], result, 0, global);
        System.arraycopy(grouped, start[r], result, global, count[r]);
        return result;
    }
}
