package org.modesign.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.StackIndex;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * The martech stack (format v2): per phase (every phase, or the one asked for), one row per stack
 * entry active in it, with {@link #HEADER}: the tool's id, name, category and layer, the region it
 * serves, its owner's id and title or name (empty when it has none), the entry's own span
 * ({@code from}, {@code to}: phase ids, empty when the file leaves them out) and the tool's
 * yearly cost of one deployment.
 */
public final class StackCsv {

    /** The header row, exactly. */
    public static final List<String> HEADER = List.of("phase", "tool", "name", "category", "layer", "region",
            "owner", "owner title", "from", "to", "cost");

    private StackCsv() {
    }

    static CsvWriter table(Design design, Scenario scenario, Phase only) {
        StackIndex stack = ScenarioIndex.of(design, scenario).stack();
        Map<String, Node> byId = scenario.nodesById();
        CsvWriter table = new CsvWriter(HEADER);
        for (int p = 0; p < design.phases().size(); p++) {
            Phase phase = design.phases().get(p);
            if (only != null && !only.id().equals(phase.id())) {
                continue;
            }
            for (int e = 0; e < stack.size(); e++) {
                if (stack.isActive(e, p)) {
                    StackEntry entry = stack.entry(e);
                    Tool tool = stack.tool(e);
                    Node owner = entry.owner() == null ? null : byId.get(entry.owner());
                    table.row(Arrays.asList(phase.id(), tool.id(), tool.name(), tool.category().code(),
                            tool.layer().code(), entry.region(), entry.owner(), owner == null ? null : owner.label(),
                            entry.from(), entry.to(), Decimals.text(tool.cost())));
                }
            }
        }
        return table;
    }
}
