package org.modesign.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

/**
 * The validator's findings for one scenario, in the validator's order, after the findings about
 * the whole file (not-ready: as {@code modesign validate --scenario} lists them): rule, severity,
 * phase, capability, region, nodes (ids joined with ";"), message, and the fields of format v2,
 * tool and tools (ids joined with ";"). At a phase, that phase's findings and those not tied to a
 * phase (as {@code modesign validate --phase} lists them).
 */
final class FindingsCsv {

    static final List<String> HEADER = List.of("rule", "severity", "phase", "capability", "region", "nodes",
            "message", "tool", "tools");

    private FindingsCsv() {
    }

    static CsvWriter table(Design design, Scenario scenario, Phase phase) {
        CsvWriter table = new CsvWriter(HEADER);
        List<Finding> findings = new ArrayList<>(Validator.fileFindings(design));
        findings.addAll(Validator.validate(design, scenario));
        for (Finding f : findings) {
            if (phase == null || f.phase() == null || phase.id().equals(f.phase())) {
                table.row(Arrays.asList(f.rule().code(), f.severity().code(), f.phase(), f.capability(), f.region(),
                        String.join(";", f.nodes()), f.message(), f.tool(), String.join(";", f.tools())));
            }
        }
        return table;
    }
}
