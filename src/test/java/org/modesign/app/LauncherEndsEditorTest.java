package org.modesign.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's second JVM ends when the launcher ends: a signal to the launcher reaches it (its
 * shutdown hooks run, as the editor's recovery hook does), and so does the launcher's death by
 * {@code kill -9}. Real processes: a stand-in launcher runs a stand-in editor through
 * {@link ChildJvm} and {@link ParentWatch}, as {@link FastStart} runs the editor.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherEndsEditorTest {

    /** Generous: only a hang fails the test; the editor usually ends within a second. */
    private static final long BOUND_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aSignalToTheLauncherReachesTheEditor() throws Exception {
        Started started = start(false);
        started.launcher.destroy();
        assertEnded(started);
    }

    @Test
    void theEditorEndsWhenTheLauncherIsKilledOutright() throws Exception {
        Started started = start(true);
        started.launcher.destroyForcibly();
        assertEnded(started);
    }

    private record Started(Process launcher, ProcessHandle editor, Path hookRan) {
    }

    /** Starts the stand-ins; the editor watches its launcher or not (then only a signal passed on ends it). */
    private Started start(boolean watch) throws IOException {
        Path hookRan = dir.resolve("hook-ran");
        List<String> command = new ArrayList<>(java());
        command.add(StandInLauncher.class.getName());
        command.add(hookRan.toString());
        command.add(String.valueOf(watch));
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("editor "), "the stand-in editor started: " + line);
        ProcessHandle editor = ProcessHandle.of(Long.parseLong(line.substring("editor ".length()))).orElseThrow();
        assertEquals(launcher.pid(), editor.parent().map(ProcessHandle::pid).orElse(-1L));
        return new Started(launcher, editor, hookRan);
    }

    private static void assertEnded(Started started) throws Exception {
        started.editor.onExit().get(BOUND_SECONDS, TimeUnit.SECONDS);
        assertTrue(started.launcher.waitFor(BOUND_SECONDS, TimeUnit.SECONDS));
        assertTrue(Files.exists(started.hookRan), "the editor ended through its shutdown hooks, as on a signal");
    }

    static List<String> java() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
    }

    /** Runs the stand-in editor as {@link FastStart} runs the editor. */
    static final class StandInLauncher {

        public static void main(String[] args) throws Exception {
            List<String> command = java();
            command.add("-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid());
            command.add(StandInEditor.class.getName());
            command.add(args[0]);
            command.add(args[1]);
            System.exit(ChildJvm.run(command));
        }
    }

    /** Watches its launcher as the editor does, says its process id, and waits to be ended. */
    static final class StandInEditor {

        public static void main(String[] args) throws Exception {
            Path hookRan = Path.of(args[0]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(hookRan, "ran");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
            if (Boolean.parseBoolean(args[1])) {
                ParentWatch.start();
            }
            System.out.println("editor " + ProcessHandle.current().pid());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
