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

class FastStartTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartRecordsTheArchiveAndLaterOnesUseIt() throws IOException {
        Path jar = Files.writeString(dir.resolve("modesign.jar"), "jar");
        Path archive = dir.resolve("a.jsa");
        Path recording = dir.resolve("a.jsa.42.tmp");
        List<String> first = FastStart.command("/usr/bin/java", jar, archive, recording, new String[] {"design.modesign"});
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + recording), "recorded under another name: " + first);
        assertTrue(first.contains("-D" + FastStart.CHILD + "=true"), "the second JVM does not start a third");
        assertTrue(first.contains("-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid()),
                "the second JVM watches this one");
        assertEquals(List.of("-cp", jar.toString(), Launcher.class.getName(), "design.modesign"),
                first.subList(first.size() - 4, first.size()));
        assertEquals("/usr/bin/java", first.get(0));

        Files.writeString(recording, "archive");
        FastStart.keepRecording(recording, archive, 0);
        assertTrue(Files.exists(archive) && !Files.exists(recording), "put in place once the editor ended normally");
        List<String> later = FastStart.command("/usr/bin/java", jar, archive, recording, new String[0]);
        assertTrue(later.contains("-XX:SharedArchiveFile=" + archive), later.toString());
        assertFalse(later.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")));
    }

    @Test
    void aRecordingOfAnEditorThatDidNotEndNormallyIsDropped() throws IOException {
        Path recording = Files.writeString(dir.resolve("b.jsa.7.tmp"), "half");
        FastStart.keepRecording(recording, dir.resolve("b.jsa"), 1);
        assertFalse(Files.exists(recording));
        assertFalse(Files.exists(dir.resolve("b.jsa")));
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws IOException {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            Path jar = Files.writeString(dir.resolve("modesign.jar"), "version 1");
            Path first = FastStart.archiveFor(jar);
            Files.writeString(first, "archive of version 1");
            Files.writeString(jar, "version 2, longer");
            Path second = FastStart.archiveFor(jar);
            assertFalse(first.equals(second), "the archive is per build of the jar");
            assertFalse(Files.exists(first), "the archive of the old build is removed");
            assertTrue(second.startsWith(dir.resolve(".modesign").resolve("cds")));
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void theRecordingOfAKilledLauncherGoesAndARunningOnesStays() throws IOException {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            Path jar = Files.writeString(dir.resolve("modesign.jar"), "version 1");
            Path archive = FastStart.archiveFor(jar);
            String prefix = archive.getFileName().toString();
            long gone = deadPid();
            Path left = Files.writeString(archive.resolveSibling(prefix + "." + gone + ".tmp"), "half");
            Path running = Files.writeString(archive.resolveSibling(prefix + "." + ProcessHandle.current().pid()
                    + ".tmp"), "being written");
            FastStart.archiveFor(jar);
            assertFalse(Files.exists(left), "a launcher killed outright never put its recording away");
            assertTrue(Files.exists(running), "a launcher that still runs is still recording");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws IOException {
        Process done = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).start();
        try {
            done.getInputStream().readAllBytes();
            done.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done.pid();
    }

    @Test
    void onlyTheJavaLauncherIsStartedAgain() {
        assertTrue(FastStart.isJava("/usr/lib/jvm/java-17/bin/java"));
        assertTrue(FastStart.isJava("C:\\Program Files\\Java\\bin\\java.exe".replace('\\', '/')));
        assertFalse(FastStart.isJava("/opt/modesign/bin/MOdesign"), "a jpackage launcher would take the options as files");
    }

    @Test
    void runFromClassesNotAJarTheEditorStartsInThisJvm() {
        assertTrue(FastStart.runInSecondJvm(new String[0]).isEmpty());
    }
}
