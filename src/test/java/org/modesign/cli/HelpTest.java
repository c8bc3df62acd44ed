package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        for (String c : new String[] {"validate", "metrics", "compare", "generate", "export", "plan", "diff", "show",
            "merge"}) {
            assertTrue(run.out().contains(c), c);
        }
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void eachCommandHasHelp() {
        for (String c : new String[] {"validate", "metrics", "compare", "generate", "export", "plan", "diff", "show",
            "merge"}) {
            CliRun run = CliRun.of(c, "--help");
            assertEquals(0, run.exit(), c);
            assertTrue(run.out().contains("Usage: modesign " + c), run.out());
        }
    }

    @Test
    void noHelpMakesPicocliWarnAboutItsText() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CliRun.of("--help");
            for (String c : new String[] {"validate", "metrics", "compare", "generate", "export", "plan", "diff",
                "show", "merge", "import-csv"}) {
                CliRun.of(c, "--help");
            }
        } finally {
            System.setErr(before);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a '%' in a description must be written '%%'");
        assertTrue(CliRun.of("merge", "--help").out().contains("modesign merge %O %A %B --out %A"));
    }

    @Test
    void unknownCommandIsAnArgumentError() {
        CliRun run = CliRun.of("--frobnicate");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
    }

    @Test
    void commandsAreRecognisedForTheLauncher() {
        assertTrue(Cli.isCommand(new String[] {"validate", "x"}));
        assertTrue(Cli.isCommand(new String[] {"export", "x"}));
        assertTrue(Cli.isCommand(new String[] {"merge", "a", "b", "c"}));
        assertTrue(Cli.isCommand(new String[] {"show", "x"}));
        assertTrue(Cli.isCommand(new String[] {"--help"}));
        assertFalse(Cli.isCommand(new String[] {}));
        assertFalse(Cli.isCommand(new String[] {"design.modesign"}));
    }
}
