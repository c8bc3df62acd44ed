package org.modesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modesign metrics FILE [--scenario ID] [--format text|json]}. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Prints the metrics of each scenario, phase by phase.")
final class MetricsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .modesign file to measure.")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID", description = "Measure only this scenario.")
    String scenario;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        Design design = DesignFiles.load(file);
        List<ScenarioMetrics> all = new ArrayList<>();
        boolean errors = false;
        for (Analysed a : Analysed.of(design, DesignFiles.scenarios(design, scenario, file), true)) {
            errors |= a.hasErrors();
            all.add(a.metrics());
        }
        MetricsReport report = new MetricsReport(file.toString(), all);
        spec.commandLine().getOut().print(output.json() ? report.json() : report.text());
        return errors ? Cli.FINDINGS : Cli.OK;
    }
}
