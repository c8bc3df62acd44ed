package org.modesign.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modesign.analysis.Comparison;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modesign compare FILE_A[#SCENARIO] FILE_B[#SCENARIO] [--format text|json]}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares the metrics of two scenarios, phase by phase, and the roles only in one.",
            "Without #SCENARIO the first scenario is used; when both name the same file without "
                    + "#SCENARIO, its first and second scenarios are compared."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE_A[#SCENARIO]", description = "The first scenario.")
    String first;

    @Parameters(index = "1", paramLabel = "FILE_B[#SCENARIO]", description = "The second scenario.")
    String second;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        ScenarioRef refA = ScenarioRef.parse(first);
        ScenarioRef refB = ScenarioRef.parse(second);
        Design designA = DesignFiles.load(refA.file());
        boolean sameFile = refA.file().toAbsolutePath().normalize().equals(refB.file().toAbsolutePath().normalize());
        Design designB = sameFile ? designA : DesignFiles.load(refB.file());
        Scenario a = pick(designA, refA, 0);
        int defaultB = sameFile && refA.scenario() == null && designB.scenarios().size() > 1 ? 1 : 0;
        Scenario b = pick(designB, refB, defaultB);
        Comparison comparison = Comparison.of(designA, a, designB, b);
        ComparisonReport report = new ComparisonReport(refA.file().toString(), refB.file().toString(), comparison);
        spec.commandLine().getOut().print(output.json() ? report.json() : report.text());
        boolean errors = Analysed.of(designA, a, false).hasErrors() || Analysed.of(designB, b, false).hasErrors();
        return errors ? Cli.FINDINGS : Cli.OK;
    }

    private static Scenario pick(Design design, ScenarioRef ref, int defaultIndex) {
        if (ref.scenario() == null) {
            return design.scenarios().get(defaultIndex);
        }
        return DesignFiles.scenario(design, ref.scenario(), ref.file());
    }
}
