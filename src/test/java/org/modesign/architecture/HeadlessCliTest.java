package org.modesign.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the command line runs headless, as in CI: in a JVM of its own with
 * {@code java.awt.headless=true} and no {@code DISPLAY}, it does its work and never loads a class of
 * the JavaFX toolkit (so it can never start it). The class loading is read from {@code -verbose:class}.
 */
class HeadlessCliTest {

    /** A sample with error findings: validate, metrics and compare exit with 1. */
    private static final String SAMPLE = "samples/mops-from-chaos.modesign";

    @TempDir
    Path dir;

    @Test
    void noCommandLoadsTheJavaFxToolkit() throws IOException, InterruptedException {
        Path csv = dir.resolve("roles.csv");
        Files.writeString(csv, "title,archetype\nMarketing ops lead,leader\n", StandardCharsets.UTF_8);
        String out = dir.toString() + "/";
        List<String> commands = List.of(
                "validate " + SAMPLE + " --format json",
                "metrics " + SAMPLE,
                "compare " + SAMPLE + " " + SAMPLE,
                "generate --roles 200 --regions 2 --phases 2 --capabilities 8 --out " + out + "g.modesign",
                "export " + SAMPLE + " --format png --out " + out + "c.png",
                "export " + SAMPLE + " --format svg --out " + out + "c.svg",
                "export " + SAMPLE + " --format pdf --out " + out + "c.pdf",
                "export " + SAMPLE + " --format stack-png --out " + out + "s.png",
                "export " + SAMPLE + " --format stack-pdf --out " + out + "s.pdf",
                "export " + SAMPLE + " --format raci-csv --out " + out + "r.csv",
                "import-csv " + csv + " --out " + out + "i.modesign",
                "diff " + SAMPLE + " " + SAMPLE,
                "show " + SAMPLE,
                "merge " + SAMPLE + " " + SAMPLE + " " + SAMPLE + " --out " + out + "m.modesign",
                "report " + SAMPLE + " --out " + out + "r.pdf",
                "report " + SAMPLE + " --out " + out + "r.html",
                "--help");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-verbose:class", "-cp", System.getProperty("java.class.path"),
                HeadlessCommands.class.getName()));
        for (String line : commands) {
            command.addAll(List.of(line.split(" ")));
            command.add(";");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));

        List<String> toolkit = output.lines().filter(l -> l.contains("[class,load]"))
                .filter(l -> l.matches(".*\\] (javafx\\.|com\\.sun\\.javafx\\.|com\\.sun\\.glass\\.|com\\.sun\\.prism\\.).*"))
                .limit(5).toList();
        assertEquals(List.of(), toolkit, "a command loaded JavaFX");
        List<String> exits = output.lines().filter(l -> l.startsWith("exit ") || l.startsWith("not a command")).toList();
        assertEquals(commands.size(), exits.size(), output.lines().filter(l -> !l.contains("[class,load]")).toList()
                .toString());
        for (String exit : exits) {
            assertTrue(exit.matches("exit 0: .*|exit 1: (validate|metrics|compare) .*"), exit);
        }
        assertTrue(Files.size(dir.resolve("c.png")) > 0 && Files.size(dir.resolve("i.modesign")) > 0);
    }

    @Test
    void withoutADisplayTheLauncherSaysSoInsteadOfAStackTrace() throws IOException, InterruptedException {
        Run typo = launch("plna", SAMPLE);
        assertEquals(2, typo.exit());
        assertTrue(typo.output().contains("Unmatched arguments") && !typo.output().contains("\tat "), typo.output());
        Run editor = launch(SAMPLE);
        assertEquals(2, editor.exit());
        assertEquals("modesign: the editor needs a display, and none is set (DISPLAY); the command line runs without "
                + "one: modesign --help", editor.output().strip());
    }

    private record Run(int exit, String output) {
    }

    private static Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmodesign.cds=false", "-cp", System.getProperty("java.class.path"), "org.modesign.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        return new Run(process.exitValue(), output);
    }
}
