package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Removes a tool from the catalogue. While scenarios deploy it ({@link References#toTool}), it is
 * refused with a sentence saying how often, unless {@code withReferences} is set: then its
 * deployments go from every scenario's stack too, in the same step (as {@link RemoveCapability}
 * takes the letters and requirements with it).
 */
public record RemoveTool(String tool, boolean withReferences) implements EditCommand {

    public RemoveTool {
        Objects.requireNonNull(tool, "tool");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_TOOL);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.toolIndex(design, tool);
        if (!withReferences) {
            References references = References.toTool(design, tool);
            if (!references.isEmpty()) {
                throw new EditRejected(references.explanation());
            }
        }
        List<Scenario> scenarios = new ArrayList<>(design.scenarios().size());
        for (Scenario scenario : design.scenarios()) {
            List<StackEntry> kept = scenario.stack().stream().filter(entry -> !entry.tool().equals(tool)).toList();
            scenarios.add(kept.size() == scenario.stack().size() ? scenario : scenario.withStack(kept));
        }
        return design.withScenarios(scenarios).withTools(Catalogue.removed(design.tools(), index));
    }
}
