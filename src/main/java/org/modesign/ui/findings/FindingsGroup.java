package org.modesign.ui.findings;

import org.modesign.analysis.Severity;

/** A severity group in the findings tree, with how many findings it holds. */
record FindingsGroup(Severity severity, int count) {
}
