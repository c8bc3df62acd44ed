package org.modesign.ui.findings;

import org.modesign.analysis.Finding;

/** Where the findings panel takes the user when they open a finding. */
public interface FindingNavigator {

    /**
     * Shows what {@code finding} is about: its cards selected and centred on the chart, or, for a
     * finding about a capability without cards, that capability.
     */
    void show(Finding finding);
}
