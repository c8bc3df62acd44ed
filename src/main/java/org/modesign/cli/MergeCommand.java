package org.modesign.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.modesign.format.DesignWriter;
import org.modesign.format.WriteRefusedException;
import org.modesign.merge.Conflict;
import org.modesign.merge.DesignMerge;
import org.modesign.merge.MergeResult;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modesign merge BASE OURS THEIRS [--out FILE]}: the three-way merge of two designs, also
 * as git's merge driver ({@code merge %O %A %B --out %A}). The result always loads; conflicts keep
 * ours and are listed on standard error (exit code 1).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges THEIRS into OURS, both changed from BASE, by id and field by field: a change only one "
                + "side made is taken, a conflict keeps ours and is listed on standard error with its JSON path and "
                + "both values. The merged design always loads (a reference left dangling is a conflict too, and "
                + "resolved). Without --out the merged design is printed.",
            "As git's merge driver: modesign merge %%O %%A %%B --out %%A. An empty BASE (a file both branches added) is "
                    + "an empty design.",
            "Exit codes: 0 merged without conflict, 1 merged with conflicts, 2 a file cannot be read or written."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The design both sides started from.")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our design.")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their design.")
    Path theirs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the merged design here, atomically (may be OURS).")
    Path out;

    @Override
    public Integer call() {
        Design baseDesign = isEmpty(base) ? empty() : DesignFiles.load(base);
        Design oursDesign = DesignFiles.load(ours);
        Design theirsDesign = DesignFiles.load(theirs);
        MergeResult result = DesignMerge.merge(baseDesign, oursDesign, theirsDesign);
        DesignWriter writer = new DesignWriter();
        if (out == null) {
            try {
                spec.commandLine().getOut().print(new String(writer.toBytes(result.design()), StandardCharsets.UTF_8));
            } catch (WriteRefusedException e) {
                throw new CliFailure("modesign merge: nothing written: the merged design could not be read back: "
                        + e.getMessage());
            }
        } else {
            try {
                writer.save(result.design(), out);
            } catch (WriteRefusedException e) {
                throw DesignOutput.refused("modesign merge: ", out, e);
            } catch (IOException e) {
                throw new CliFailure("modesign: " + e.getMessage());
            }
        }
        report(result.conflicts());
        return result.clean() ? Cli.OK : Cli.FINDINGS;
    }

    private void report(List<Conflict> conflicts) {
        PrintWriter err = spec.commandLine().getErr();
        for (Conflict c : conflicts) {
            err.println("modesign: " + c.sentence());
        }
        String where = out == null ? "the merged design printed" : out.toString();
        if (!conflicts.isEmpty()) {
            err.println("modesign: " + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts")
                    + " merging " + theirs + " into " + ours + ", each resolved as its line says; " + where
                    + " is a design that opens: look at the places above.");
        } else if (out != null) {
            spec.commandLine().getOut().println("Merged " + theirs + " into " + ours + " without conflict: " + out + ".");
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The base of two designs that git saw added on both sides: nothing at all. */
    private static Design empty() {
        return new Design("", "", Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of(), Charter.EMPTY,
                List.of());
    }
}
