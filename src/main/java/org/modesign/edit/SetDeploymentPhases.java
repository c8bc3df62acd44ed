package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Sets the phases in which a tool is deployed: {@code from} and {@code to} are phase ids or null
 * (first phase, last phase), and {@code from} may not come after {@code to}. A deployment is active
 * by its own phases only; its owner's do not narrow them.
 */
public record SetDeploymentPhases(String scenario, String tool, String region, String from, String to)
        implements StackCommand {

    public SetDeploymentPhases {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tool, "tool");
        region = Stacks.region(region);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_DEPLOYMENT_PHASES);
    }

    @Override
    public StackEntry change(Design design, Scenario target, StackEntry entry) {
        check(design, from, to);
        return entry.withPhases(from, to);
    }

    /** Refuses unknown phases, or a {@code from} after {@code to}. */
    static void check(Design design, String from, String to) {
        for (String end : new String[] {from, to}) {
            if (end != null && design.phaseIndex(end) < 0) {
                throw EditRejected.of(EditKey.NO_PHASE, end);
            }
        }
        if (from != null && to != null && design.phaseIndex(from) > design.phaseIndex(to)) {
            PhaseOrder order = PhaseOrder.of(design);
            throw EditRejected.of(EditKey.SPAN_ORDER, order.name(from), order.name(to));
        }
    }
}
