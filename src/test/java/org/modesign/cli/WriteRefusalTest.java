package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;

/**
 * Commands that write a design refuse, cleanly and with nothing written, a design whose file
 * the reader would refuse (format.md §1: what the program writes it can read back).
 */
class WriteRefusalTest {

    @TempDir
    Path dir;

    @Test
    void generateRefusesSizesWhoseFileWouldBeOverTheByteLimitBeforeGenerating() {
        Path out = dir.resolve("huge.modesign");
        CliRun run = CliRun.of("generate", "--roles", "7500", "--scenarios", "20", "--tools", "10000",
                "--regions", "100", "--out", out.toString());
        assertEquals(Cli.FAILURE, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("modesign generate: nothing written: these sizes make a file of more than "),
                run.err());
        assertTrue(run.err().contains("could not be read back (the limit is 256 MiB, 268,435,456 bytes)"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void generateStillWritesTheLargestDesignOfFormatMd() {
        // The case of the issue: 150,000 roles made an 86 MB file that the 64 MiB reader refused.
        Path out = dir.resolve("large.modesign");
        CliRun run = CliRun.of("generate", "--roles", "150000", "--out", out.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        LoadResult read = new DesignReader().read(out);
        assertEquals(List.of(), read.problems());
    }

    @Test
    void importCsvRefusesATitleTheReaderWouldRefuse() throws IOException {
        Path csv = Files.writeString(dir.resolve("roles.csv"), "title,manager\nAnalyst,cmo\n");
        Path out = dir.resolve("new.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--title", "t".repeat(65_537));
        assertEquals(Cli.FAILURE, run.exit());
        assertEquals("", run.out());
        assertEquals("modesign import-csv: nothing written to " + out + ": it could not be read back: "
                + "title: a string is longer than the limit of 64 KiB (65,536 characters)\n", run.err());
        assertFalse(Files.exists(out));
    }
}
