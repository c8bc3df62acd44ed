package org.modesign.ui.canvas;

import org.modesign.model.Design;

/** The keyboard tests' design for tests in other packages (see {@link ChartKeysTest#withOpsLead()}). */
public final class ChartKeysFixture {

    private ChartKeysFixture() {
    }

    /** CEO ← CMO ← {Martech CoE ∋ Data analyst, Ops lead}. */
    public static Design withOpsLead() {
        return ChartKeysTest.withOpsLead();
    }
}
