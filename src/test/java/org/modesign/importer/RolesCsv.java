package org.modesign.importer;

import org.modesign.export.ExportFormat;
import org.modesign.export.ExportProgress;
import org.modesign.export.ExportRequest;
import org.modesign.export.Exporter;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** The roles CSV of a scenario as the real exporter writes it (File ▸ Export ▸ Roles, {@code export --format roles-csv}). */
final class RolesCsv {

    private RolesCsv() {
    }

    static byte[] write(Design design, Scenario scenario) {
        return new Exporter().render(ExportRequest.of(ExportFormat.ROLES_CSV, design, scenario), ExportProgress.NONE)
                .bytes();
    }
}
