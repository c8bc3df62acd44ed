package org.modesign.ui.export;

import java.util.Objects;
import org.modesign.export.ExportFormat;
import org.modesign.export.Paper;

/**
 * What the user chose in the export dialog.
 *
 * @param selectionOnly whether only the selected cards (and the lines among them) are drawn
 * @param phaseId       the phase to show, or {@code null} for all phases
 * @param scale         pixels per chart unit of a PNG, 1 or 2
 * @param expanded      whether folded branches are drawn expanded (else as shown: each as its roll-up card)
 */
public record ExportChoice(ExportFormat format, boolean selectionOnly, String phaseId, int scale, Paper paper,
        boolean expanded) {

    public ExportChoice {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(paper, "paper");
    }

    /** A choice that draws folded branches as shown. */
    public ExportChoice(ExportFormat format, boolean selectionOnly, String phaseId, int scale, Paper paper) {
        this(format, selectionOnly, phaseId, scale, paper, false);
    }

    /** The dialog's first answer: a PDF of the whole chart on A4, at the phase the views show. */
    static ExportChoice initial(String phaseId) {
        return new ExportChoice(ExportFormat.PDF, false, phaseId, 1, Paper.A4);
    }

    /** This choice at another phase, with the whole chart when there is no selection now. */
    ExportChoice renewed(String newPhaseId, boolean hasSelection) {
        return new ExportChoice(format, selectionOnly && hasSelection, newPhaseId, scale, paper, expanded);
    }
}
