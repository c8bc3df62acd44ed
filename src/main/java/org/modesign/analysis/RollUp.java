package org.modesign.analysis;

import java.util.Arrays;
import org.modesign.model.Archetype;

/**
 * What a folded branch holds, as its roll-up card shows it: the roles in the phase shown, their
 * FTE in that phase, how many of them are of each archetype, and the findings that name a card of
 * the branch, by severity (a finding naming several of its cards counts once). Immutable.
 */
public final class RollUp {

    /** A branch with nothing in it. */
    public static final RollUp EMPTY = new RollUp(0, 0, new int[Archetype.values().length], new int[3]);

    private final int roles;
    private final double fte;
    private final int[] archetypes;
    private final int[] findings;

    RollUp(int roles, double fte, int[] archetypes, int[] findings) {
        this.roles = roles;
        this.fte = fte;
        this.archetypes = archetypes.clone();
        this.findings = findings.clone();
    }

    public int roles() {
        return roles;
    }

    public double fte() {
        return fte;
    }

    /** How many of the roles are of {@code archetype}. */
    public int archetype(Archetype archetype) {
        return archetypes[archetype.ordinal()];
    }

    /** How many findings of {@code severity} name a card of the branch. */
    public int findings(Severity severity) {
        return findings[severity.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollUp r && r.roles == roles && Double.compare(r.fte, fte) == 0
                && Arrays.equals(r.archetypes, archetypes) && Arrays.equals(r.findings, findings);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * roles + Double.hashCode(fte)) + Arrays.hashCode(archetypes) + Arrays.hashCode(findings);
    }

    @Override
    public String toString() {
        return "RollUp[roles=" + roles + ", fte=" + fte + ", archetypes=" + Arrays.toString(archetypes)
                + ", findings=" + Arrays.toString(findings) + "]";
    }
}
