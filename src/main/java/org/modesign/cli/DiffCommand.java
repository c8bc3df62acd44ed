package org.modesign.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modesign.merge.DesignDiff;
import org.modesign.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modesign diff A B [--format text|json|markdown]}: what changed from A to B, by id. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows what changed from design A to design B, by id: title and settings, charter, regions, "
                + "tools, capabilities, phases; per scenario the nodes added, removed and changed field by field, "
                + "lines, deployments; moves (x/y only) as one count.",
            "Exit codes: 0 the designs are the same, 1 they differ, 2 a file cannot be read."})
final class DiffCommand implements Callable<Integer> {

    /** How the changes are printed. */
    enum DiffFormat {
        text,
        json,
        markdown
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The design before.")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The design after.")
    Path second;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    @Override
    public Integer call() {
        Design a = DesignFiles.load(first);
        Design b = DesignFiles.load(second);
        DesignDiff diff = DesignDiff.of(a, b);
        DiffReport report = new DiffReport(first.toString(), a, second.toString(), b, diff);
        String out = switch (format) {
            case text -> report.text();
            case json -> report.json();
            case markdown -> report.markdown();
        };
        spec.commandLine().getOut().print(out);
        return diff.isEmpty() ? Cli.OK : Cli.FINDINGS;
    }
}
