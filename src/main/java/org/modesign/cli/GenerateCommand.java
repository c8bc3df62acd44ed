package org.modesign.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modesign.format.LimitBreach;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modesign generate --roles N [...] --out FILE}: a valid design of a given size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a valid design of a given size, the same for the same seed (for benchmarks and tests).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--roles", required = true, paramLabel = "N", description = "Roles per scenario.")
    int roles;

    @Option(names = "--regions", paramLabel = "N", defaultValue = "3", description = "Regions (default: ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--phases", paramLabel = "N", defaultValue = "3", description = "Phases (default: ${DEFAULT-VALUE}).")
    int phases;

    @Option(names = "--capabilities", paramLabel = "N", defaultValue = "22",
            description = "Capabilities (default: ${DEFAULT-VALUE}).")
    int capabilities;

    @Option(names = "--scenarios", paramLabel = "N", defaultValue = "1", description = "Scenarios (default: ${DEFAULT-VALUE}).")
    int scenarios;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tools", paramLabel = "N", defaultValue = "0",
            description = "Tools in the martech catalogue, deployed in each scenario's stack, some without an owner "
                    + "(default: ${DEFAULT-VALUE}).")
    int tools;

    @Option(names = "--v2", description = "Fill in the plan fields of format v2: costs, a charter, open and planned "
            + "roles, FTE and letters that change by phase, committees, tools a capability needs.")
    boolean v2;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the design.")
    Path out;

    @Override
    public Integer call() {
        GeneratorSpec generatorSpec;
        try {
            generatorSpec = new GeneratorSpec(roles, regions, phases, capabilities, scenarios, seed, tools, v2);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("modesign generate: " + e.getMessage());
        }
        long least = generatorSpec.leastFileBytes();
        if (least > LimitBreach.Limit.FILE_BYTES.maximum()) {
            throw new CliFailure(String.format(Locale.ROOT, "modesign generate: nothing written: these sizes make a "
                    + "file of more than %,d bytes, which could not be read back (the limit is 256 MiB, %,d bytes); "
                    + "ask for fewer roles, tools, regions or scenarios", least, LimitBreach.Limit.FILE_BYTES.maximum()));
        }
        Design design = DesignGenerator.generate(generatorSpec);
        DesignOutput.save("modesign generate: ", design, out);
        spec.commandLine().getOut().println("Wrote " + out + ": " + design.title() + ", "
                + design.scenarios().size() + " scenario(s).");
        return Cli.OK;
    }
}
