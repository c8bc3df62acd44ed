package org.modesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.analysis.Validator;
import org.modesign.export.PlanMarkdown;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.plan.ScenarioPlan;
import org.modesign.plan.TransitionPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modesign plan FILE [--scenario ID] [--format text|json|markdown]} (format-v2.md §6). */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints the transition plan, phase by phase: goals and objectives, roles added and ended, "
                + "FTE changed, hires, accountability changes, tools deployed and retired, new and resolved findings.")
final class PlanCommand implements Callable<Integer> {

    /** How the plan is printed. */
    enum PlanFormat {
        text,
        json,
        markdown
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .modesign file to plan.")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID", description = "Plan only this scenario.")
    String scenario;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); markdown is a "
                    + "document to paste into a wiki.")
    PlanFormat format;

    @Override
    public Integer call() {
        Design design = DesignFiles.load(file);
        List<ScenarioPlan> plans = new ArrayList<>();
        boolean errors = false;
        for (Scenario s : DesignFiles.scenarios(design, scenario, file)) {
            ScenarioIndex index = ScenarioIndex.of(design, s);
            List<Finding> findings = Validator.validate(design, index);
            errors |= findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            plans.add(TransitionPlanner.plan(index, findings));
        }
        PlanReport report = new PlanReport(file.toString(), design, plans);
        String out = switch (format) {
            case text -> report.text();
            case json -> report.json();
            case markdown -> PlanMarkdown.of(design, plans);
        };
        spec.commandLine().getOut().print(out);
        return errors ? Cli.FINDINGS : Cli.OK;
    }
}
