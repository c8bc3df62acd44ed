package org.modesign.stack;

import java.util.List;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.model.Design;
import org.modesign.model.Region;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * What the quick fixes of the stack's findings propose, from the core's facts: the owner of a tool
 * without one (the holder accountable for the work the tool serves, where there is one) and the
 * tool of the catalogue for work that needs one.
 */
public final class StackFixes {

    private StackFixes() {
    }

    /**
     * The id of the node to make the owner of the deployment of {@code tool} in {@code region} in
     * phase {@code phase}: of the capabilities the tool serves, in its order, the first with a holder
     * of {@code A} in that phase who covers the region (by id, when several); null when there is none.
     */
    public static String suggestedOwner(ScenarioIndex index, String tool, String region, String phase) {
        Design design = index.design();
        Tool served = design.tool(tool).orElse(null);
        if (served == null || phase == null) {
            return null;
        }
        String where = region == null ? Region.GLOBAL : region;
        for (String capability : served.capabilities()) {
            List<String> accountable = index.letters().accountable(capability, where, phase);
            if (!accountable.isEmpty()) {
                return accountable.get(0);
            }
        }
        return null;
    }

    /**
     * The id of the first tool of the catalogue that serves {@code capability} and is not deployed
     * in {@code region} in the scenario yet; null when there is none.
     */
    public static String toolFor(ScenarioIndex index, String capability, String region) {
        String where = region == null ? Region.GLOBAL : region;
        List<StackEntry> stack = index.scenario().stack();
        for (Tool tool : index.design().tools()) {
            if (tool.serves(capability)
                    && stack.stream().noneMatch(e -> e.tool().equals(tool.id()) && e.region().equals(where))) {
                return tool.id();
            }
        }
        return null;
    }
}
