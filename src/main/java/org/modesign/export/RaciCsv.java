package org.modesign.export;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * The RACI matrix: a row per capability (id, name, layer code), then a column per role in
 * scenario order headed by its title, holding the role's letter (R, A, C or I) or nothing. At a
 * phase only the roles active in it have a column.
 */
final class RaciCsv {

    private RaciCsv() {
    }

    static CsvWriter table(Design design, Scenario scenario, Phase phase) {
        boolean[] active = ActiveNodes.of(design, scenario, phase);
        List<Role> roles = new ArrayList<>();
        List<Node> nodes = scenario.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (active[i] && nodes.get(i) instanceof Role role) {
                roles.add(role);
            }
        }
        List<String> header = new ArrayList<>(List.of("id", "name", "layer"));
        roles.forEach(role -> header.add(role.title()));
        CsvWriter table = new CsvWriter(header);
        for (Capability capability : design.capabilities()) {
            List<String> row = new ArrayList<>(roles.size() + 3);
            row.add(capability.id());
            row.add(capability.name());
            row.add(capability.layer().code());
            for (Role role : roles) {
                row.add(role.raciFor(capability.id()).map(Raci::code).orElse(null));
            }
            table.row(row);
        }
        return table;
    }
}
