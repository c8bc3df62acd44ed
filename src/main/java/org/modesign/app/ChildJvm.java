package org.modesign.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The editor's second JVM as the launcher runs it ({@link FastStart}): when the launcher is stopped
 * (a {@code kill}, an IDE's stop button, the session ending), its shutdown hook passes the signal on,
 * so the editor ends as after a crash, keeping its recovery copy; and the editor watches the
 * launcher ({@link ParentWatch}), so that it also ends when the launcher is killed outright.
 */
final class ChildJvm {

    /** How long a stopped launcher waits for the editor to write its recovery copy and end. */
    static final long STOP_WAIT_SECONDS = 15;

    private ChildJvm() {
    }

    /**
     * Runs {@code command} with this process's output, and a pipe as its input that this process
     * holds open until it ends ({@link ParentWatch}), and returns its exit code.
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().redirectInput(ProcessBuilder.Redirect.PIPE).start();
        Thread hook = new Thread(() -> stop(child), "modesign-stop-editor");
        Runtime.getRuntime().addShutdownHook(hook);
        int exit = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // This JVM is already shutting down: the hook runs and finds the editor ended.
        }
        return exit;
    }

    /** Asks the editor to end (SIGTERM), and ends it when it has not ended after a while. */
    static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
