package org.modesign.ui.findings;

import java.util.Optional;
import org.modesign.analysis.Finding;

/** The quick fixes the findings panel offers: for a finding, the label and the action of its fix. */
public interface QuickFixes {

    /** A fix someone can apply to a finding: the label of its button and what it does. */
    record Fix(String label, Runnable apply) {
    }

    /** The fix for {@code finding}, if it has one. */
    Optional<Fix> fixFor(Finding finding);

    /** No fixes at all. */
    QuickFixes NONE = finding -> Optional.empty();
}
