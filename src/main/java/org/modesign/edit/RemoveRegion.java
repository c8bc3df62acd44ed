package org.modesign.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Removes a declared region. While teams or roles are placed in it or tools are deployed in it
 * ({@link References#toRegion}), it is refused with a sentence naming them, unless
 * {@code withReferences} is set: then, in the same step, those cards lose their own region (a role
 * then takes its team's region, a team is global), and so do the deployments: a tool deployed in
 * the region becomes deployed {@code global}ly, as a team does, keeping its owner and phases;
 * where the scenario deploys that tool globally already, that deployment covers the region and
 * the regional one goes (a scenario has one deployment per tool and region).
 */
public record RemoveRegion(String region, boolean withReferences) implements EditCommand {

    public RemoveRegion {
        Objects.requireNonNull(region, "region");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_REGION);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.regionIndex(design, region);
        if (!withReferences) {
            References references = References.toRegion(design, region);
            if (!references.isEmpty()) {
                throw new EditRejected(references.explanation());
            }
        }
        Design cleared = Cards.rewrite(design, node -> region.equals(Cards.region(node))
                ? Cards.withRegion(node, null) : node);
        List<Scenario> scenarios = new ArrayList<>(cleared.scenarios().size());
        for (Scenario scenario : cleared.scenarios()) {
            scenarios.add(globalised(scenario));
        }
        return cleared.withScenarios(scenarios).withRegions(Catalogue.removed(cleared.regions(), index));
    }

    private Scenario globalised(Scenario scenario) {
        if (scenario.stack().stream().noneMatch(entry -> region.equals(entry.region()))) {
            return scenario;
        }
        Set<String> global = new HashSet<>();
        for (StackEntry entry : scenario.stack()) {
            if (Region.GLOBAL.equals(entry.region())) {
                global.add(entry.tool());
            }
        }
        List<StackEntry> stack = new ArrayList<>(scenario.stack().size());
        for (StackEntry entry : scenario.stack()) {
            if (!region.equals(entry.region())) {
                stack.add(entry);
            } else if (!global.contains(entry.tool())) {
                stack.add(entry.withRegion(Region.GLOBAL));
            }
        }
        return scenario.withStack(stack);
    }
}
