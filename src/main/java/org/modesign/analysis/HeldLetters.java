package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;

/**
 * The letters held in one scenario (format-v2.md §3, §7): per capability its holders — the roles
 * and the executives with responsibilities, in node order, a holder's letters in its list's
 * order — each with its letter, its region (a role's effective region; {@code global} for an
 * executive), whether it is a vacancy (a role whose staffing is open or planned; an executive never
 * is) and the phases in which it holds the letter: the responsibility's own {@code from..to}
 * (defaults: the first and last phase) within the phases its holder is active (a role: its own and
 * its team's; an executive: every phase). Built once in O(nodes + responsibilities); see
 * {@link ScenarioIndex#letters()}.
 *
 * <p>Everything the rules and metrics of format.md say about a role holding a letter reads held
 * letters through this class, so a v1 design (no spans, no executive letters) gives what it gave.
 */
public final class HeldLetters {

    private static final Raci[] LETTERS = Raci.values();

    private final ScenarioIndex index;
    private final int[] start;
    private final int[] holder;
    private final byte[] letter;
    private final int[] from;
    private final int[] to;
    private final int[] region;
    private final boolean[] vacant;

    private HeldLetters(ScenarioIndex index, int[] start, int total) {
        this.index = index;
        this.start = start;
        holder = new int[total];
        letter = new byte[total];
        from = new int[total];
        to = new int[total];
        region = new int[total];
        vacant = new boolean[total];
    }

    /** The held letters of the index's scenario; {@link ScenarioIndex#letters()} keeps them once made. */
    static HeldLetters of(ScenarioIndex index) {
        DesignIndex design = index.designIndex();
        int[] start = new int[design.capabilityCount() + 1];
        int total = 0;
        for (int v = 0; v < index.size(); v++) {
            for (Responsibility r : responsibilities(index.node(v))) {
                int c = design.capabilityIndex(r.capability());
                if (c >= 0) {
                    start[c + 1]++;
                    total++;
                }
            }
        }
        for (int c = 0; c + 1 < start.length; c++) {
            start[c + 1] += start[c];
        }
        HeldLetters letters = new HeldLetters(index, start, total);
        letters.fill(start.clone());
        return letters;
    }

    private void fill(int[] next) {
        DesignIndex design = index.designIndex();
        int last = design.phaseCount() - 1;
        for (int v = 0; v < index.size(); v++) {
            Node node = index.node(v);
            List<Responsibility> held = responsibilities(node);
            if (held.isEmpty()) {
                continue;
            }
            int holderRegion = node instanceof Executive ? DesignIndex.GLOBAL : Math.max(index.regionIndex(v), 0);
            boolean isVacant = node instanceof Role role && role.staffing().vacant();
            for (Responsibility r : held) {
                int c = design.capabilityIndex(r.capability());
                if (c < 0) {
                    continue;
                }
                int e = next[c]++;
                holder[e] = v;
                letter[e] = (byte) r.raci().ordinal();
                from[e] = Math.max(index.fromIdx(v), phaseOr(design, r.from(), 0));
                to[e] = Math.min(index.toIdx(v), phaseOr(design, r.to(), last));
                region[e] = holderRegion;
                vacant[e] = isVacant;
            }
        }
    }

    private static List<Responsibility> responsibilities(Node node) {
        if (node instanceof Role role) {
            return role.responsibilities();
        }
        if (node instanceof Executive executive) {
            return executive.responsibilities();
        }
        return List.of();
    }

    private static int phaseOr(DesignIndex design, String id, int fallback) {
        int p = design.phaseIndex(id);
        return p >= 0 ? p : fallback;
    }

    /** The index these letters were read from. */
    public ScenarioIndex index() {
        return index;
    }

    /** How many letters are listed on capability {@code c} (held in some phase or not). */
    public int count(int c) {
        return start[c + 1] - start[c];
    }

    /** The node index of the holder of the {@code k}-th letter on capability {@code c}. */
    public int holder(int c, int k) {
        return holder[start[c] + k];
    }

    /** The {@code k}-th letter on capability {@code c}. */
    public Raci letter(int c, int k) {
        return LETTERS[letter[start[c] + k]];
    }

    /** The first phase in which the {@code k}-th letter on {@code c} is held (after {@link #heldTo} when never). */
    public int heldFrom(int c, int k) {
        return from[start[c] + k];
    }

    /** The last phase in which the {@code k}-th letter on {@code c} is held. */
    public int heldTo(int c, int k) {
        return to[start[c] + k];
    }

    /** Whether the {@code k}-th letter on capability {@code c} is held in phase {@code p}. */
    public boolean isHeld(int c, int k, int p) {
        int e = start[c] + k;
        return from[e] <= p && p <= to[e];
    }

    /** The region index of the holder of the {@code k}-th letter on {@code c} ({@code global} for an executive). */
    public int region(int c, int k) {
        return region[start[c] + k];
    }

    /** Whether the holder of the {@code k}-th letter on {@code c} is a role whose staffing is open or planned. */
    public boolean isVacant(int c, int k) {
        return vacant[start[c] + k];
    }

    /**
     * The ids, sorted by code point, of the holders holding {@code A} on capability {@code c} in
     * phase {@code p} that cover region {@code r} (for {@code global}: every one of them), as the
     * plan's {@code accountableChanged} lists them (format-v2.md §7).
     */
    public List<String> accountable(int c, int r, int p) {
        List<String> ids = new ArrayList<>();
        for (int e = start[c]; e < start[c + 1]; e++) {
            if (letter[e] == Raci.A.ordinal() && from[e] <= p && p <= to[e]
                    && (r == DesignIndex.GLOBAL || region[e] == DesignIndex.GLOBAL || region[e] == r)) {
                ids.add(index.id(holder[e]));
            }
        }
        ids.sort(CodePointOrder.STRINGS);
        return ids;
    }

    /**
     * {@link #accountable(int, int, int)} by ids: capability, region ({@code global} or a declared
     * one) and phase; empty when the design lacks one of them.
     */
    public List<String> accountable(String capability, String region, String phase) {
        DesignIndex design = index.designIndex();
        int c = design.capabilityIndex(capability);
        int r = design.regionIndex(region);
        int p = design.phaseIndex(phase);
        return c < 0 || r < 0 || p < 0 ? List.of() : accountable(c, r, p);
    }

    /**
     * The letter node {@code v} holds on capability {@code c} in phase {@code p}, or null when it
     * holds none then. In O(log letters on {@code c}).
     */
    public Raci letterOf(int v, int c, int p) {
        int k = Arrays.binarySearch(holder, start[c], start[c + 1], v);
        if (k < 0) {
            return null;
        }
        while (k > start[c] && holder[k - 1] == v) {
            k--;
        }
        for (; k < start[c + 1] && holder[k] == v; k++) {
            if (from[k] <= p && p <= to[k]) {
                return LETTERS[letter[k]];
            }
        }
        return null;
    }
}
