package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
