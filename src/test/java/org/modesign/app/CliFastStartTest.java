package org.modesign.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliFastStartTest {

    @TempDir
    Path dir;

    @Test
    void theJvmOptionsAreThoseBeforeTheJarOrTheMainClass() {
        assertEquals(List.of("-Xmx1g", "-Dmodesign.x=y"), CliFastStart.jvmOptions(
                new String[] {"-Xmx1g", "-Dmodesign.x=y", "-jar", "modesign.jar", "diff", "-Dnot=mine", "b"}));
        assertEquals(List.of("-Dq=1", "-XX:TieredStopAtLevel=4"), CliFastStart.jvmOptions(new String[] {"-cp",
            "modesign.jar", "-Dq=1", "-XX:TieredStopAtLevel=4", "org.modesign.app.Launcher", "show", "-x"}));
        assertEquals(List.of(), CliFastStart.jvmOptions(new String[] {"--class-path=a.jar", "Main", "-Xmx1g"}));
    }

    @Test
    void theFirstRunOfACommandRecordsTheArchiveLaterOnesMapItAndTheUsersOptionsWin() throws IOException {
        Path jar = Files.writeString(dir.resolve("modesign.jar"), "jar");
        Path archive = dir.resolve("diff.jsa");
        Path recording = dir.resolve("diff.jsa.42.tmp");
        String[] args = {"diff", "a.modesign", "b.modesign"};
        List<String> first = CliFastStart.command("/usr/bin/java", jar, archive, recording,
                List.of("-XX:TieredStopAtLevel=4", "-XX:SharedArchiveFile=/elsewhere.jsa"), args);
        assertEquals("/usr/bin/java", first.get(0));
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + recording), first.toString());
        assertTrue(first.indexOf("-XX:TieredStopAtLevel=1") < first.indexOf("-XX:TieredStopAtLevel=4"),
                "an option the user gave comes later and wins: " + first);
        assertFalse(first.contains("-XX:SharedArchiveFile=/elsewhere.jsa"), "one archive only");
        assertTrue(first.contains("-D" + FastStart.CHILD + "=true"), "the second JVM does not start a third");
        assertEquals(List.of("-cp", jar.toString(), Launcher.class.getName(), "diff", "a.modesign", "b.modesign"),
                first.subList(first.size() - 6, first.size()));

        Files.writeString(archive, "archive");
        List<String> later = CliFastStart.command("/usr/bin/java", jar, archive, recording, List.of(), args);
        assertTrue(later.contains("-XX:SharedArchiveFile=" + archive), later.toString());
        assertFalse(later.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")));
    }

    @Test
    void eachCommandHasItsOwnArchiveBesideTheEditorsAndNeitherRemovesTheOther() throws IOException {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            Path jar = Files.writeString(dir.resolve("modesign.jar"), "jar");
            Path editor = Files.writeString(FastStart.archiveFor(jar), "editor");
            Path diff = Files.writeString(FastStart.archiveFor(jar, "modesign-cli-diff-"), "diff");
            Path merge = Files.writeString(FastStart.archiveFor(jar, "modesign-cli-merge-"), "merge");
            assertEquals(editor, FastStart.archiveFor(jar));
            assertTrue(Files.exists(editor) && Files.exists(diff) && Files.exists(merge));
            assertEquals(3, List.of(editor, diff, merge).stream().distinct().count());
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void onlyCommandsThatReadDesignsRunFromTheJarGoToASecondJvm() {
        assertTrue(CliFastStart.runInSecondJvm(new String[] {"diff", "a.modesign", "b.modesign"}).isEmpty(),
                "run from classes, not a jar: in this JVM");
        assertTrue(CliFastStart.COMMANDS.containsAll(List.of("validate", "diff", "show", "merge")));
        assertFalse(CliFastStart.COMMANDS.contains("generate"), "a command that writes a chart or a file runs here");
        assertFalse(CliFastStart.COMMANDS.contains("export"));
    }
}
