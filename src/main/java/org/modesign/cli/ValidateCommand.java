package org.modesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code modesign validate FILE [--scenario ID] [--phase ID] [--format text|json]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a design against the validation rules and lists the findings.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .modesign file to check.")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID", description = "Check only this scenario.")
    String scenario;

    @Option(names = "--phase", paramLabel = "ID",
            description = "Report only this phase's findings (and those not tied to a phase).")
    String phase;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        Design design = DesignFiles.load(file);
        List<Scenario> scenarios = DesignFiles.scenarios(design, scenario, file);
        DesignFiles.requirePhase(design, phase, file);
        List<Finding> findings = new ArrayList<>(Validator.fileFindings(design));
        for (Analysed a : Analysed.of(design, scenarios, false)) {
            for (Finding f : a.findings()) {
                if (phase == null || f.phase() == null || phase.equals(f.phase())) {
                    findings.add(f);
                }
            }
        }
        FindingsReport report = new FindingsReport(file.toString(), design, findings);
        spec.commandLine().getOut().print(output.json() ? report.json() : report.text());
        return report.errors() > 0 ? Cli.FINDINGS : Cli.OK;
    }
}
