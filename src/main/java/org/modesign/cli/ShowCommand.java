package org.modesign.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modesign.format.LoadResult;
import org.modesign.merge.Facts;
import org.modesign.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modesign show FILE}: the design as canonical text, one line per fact, for git's textconv
 * ({@code git diff}, {@code git log -p}). A file that is not a design it can read (a version
 * committed broken) is printed as it is, with the problems on standard error, so that git still
 * shows its history; a file that does not exist is exit code 2.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints a design as text with one line per fact (e.g. scenario central / role r1 / title: "
                + "\"Analyst\"), for git's textconv: git diff and git log -p then show what changed, line by line.",
            "A file that cannot be read as a design is printed as it is (the problems on standard error)."})
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .modesign file to show.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            DesignFiles.load(file);
        }
        if (Files.size(file) == 0) {
            return Cli.OK;
        }
        LoadResult result = EarlyReads.read(file);
        if (result.ok()) {
            spec.commandLine().getOut().print(Facts.of(result.design()));
            return Cli.OK;
        }
        var err = spec.commandLine().getErr();
        err.println("modesign: " + file + " is not a design that can be read; showing its text as it is:");
        for (Problem p : result.problems()) {
            err.println("  " + p);
        }
        spec.commandLine().getOut().print(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        return Cli.OK;
    }
}
