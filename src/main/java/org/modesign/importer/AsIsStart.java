package org.modesign.importer;

import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.RenamePhase;
import org.modesign.edit.RenameScenario;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;

/**
 * An import into a design that holds no role or team yet (one phase, one scenario, at most the
 * executives on the chart, as File ▸ New makes it) loads the organisation as it is today: the import also names the phase as the
 * as-is ("Today") and the scenario ("As-is"), in the same undoable step, as {@code import-csv} does
 * for a new design. "Duplicate scenario" then starts the to-be.
 */
public final class AsIsStart {

    private AsIsStart() {
    }

    /** Whether an import into {@code design} starts its as-is: one phase, one scenario, no role or team. */
    public static boolean applies(Design design) {
        if (design.phases().size() != 1 || design.scenarios().size() != 1) {
            return false;
        }
        for (Node node : design.scenarios().get(0).nodes()) {
            if (!(node instanceof Executive)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code preview}'s edit, and when {@link #applies} to {@code design}, the renaming of its phase to
     * {@code phaseName} and of its scenario to {@code scenarioName} with it, as one step named as the import.
     */
    public static EditCommand edit(Design design, ImportPreview preview, String phaseName, String scenarioName) {
        EditCommand importing = preview.edit();
        if (!applies(design) || preview.intoNewScenario()) {
            return importing;
        }
        return CompoundCommand.of(importing.text(), importing,
                new RenamePhase(design.phases().get(0).id(), phaseName),
                new RenameScenario(design.scenarios().get(0).id(), scenarioName));
    }
}
