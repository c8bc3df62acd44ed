package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modesign.edit.AddNodes;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditRejected;
import org.modesign.edit.EditText;
import org.modesign.model.Design;
import org.modesign.model.Ids;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;

/**
 * Adds what a CSV import makes as one undoable step: new regions to the design, then new teams,
 * roles and lines to one scenario (through {@link AddNodes}, which checks every card and line). When
 * the design has changed since the preview so that something clashes (an id taken meanwhile), the
 * whole step is refused and nothing changes.
 */
public record ImportRoles(String scenario, List<Region> regions, List<Node> nodes, List<Line> lines)
        implements EditCommand {

    public ImportRoles {
        Objects.requireNonNull(scenario, "scenario");
        regions = List.copyOf(regions);
        nodes = List.copyOf(nodes);
        lines = List.copyOf(lines);
    }

    @Override
    public Design apply(Design design) {
        Design withRegions = regions.isEmpty() ? design : withRegions(design);
        return new AddNodes(scenario, nodes, lines, text()).apply(withRegions);
    }

    /** "Import 42 roles from CSV". */
    @Override
    public EditText text() {
        int roles = 0;
        for (Node node : nodes) {
            roles += node instanceof Role ? 1 : 0;
        }
        return EditText.of(EditKey.IMPORT_ROLES, roles);
    }

    private Design withRegions(Design design) {
        Set<String> ids = new HashSet<>();
        ids.add(Region.GLOBAL);
        design.regions().forEach(r -> ids.add(r.id()));
        for (Region region : regions) {
            if (!Ids.isValid(region.id())) {
                throw new EditRejected(EditText.of(EditKey.INVALID_ID, region.id()));
            }
            if (!ids.add(region.id())) {
                throw new EditRejected(EditText.of(EditKey.DUPLICATE_ID, region.id()));
            }
            if (region.name().isBlank()) {
                throw new EditRejected(EditText.of(EditKey.BLANK_NAME));
            }
        }
        List<Region> all = new ArrayList<>(design.regions());
        all.addAll(regions);
        return design.withRegions(all);
    }
}
