package org.modesign.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Ends the editor's second JVM when the launcher that started it ends, however it ended (even by
 * {@code kill -9}, which runs none of the launcher's hooks): the editor then exits as on a signal,
 * and its shutdown hooks keep the recovery copy of unsaved changes. The launcher gives the editor a
 * pipe as its standard input and never writes to it ({@link ChildJvm}); the system closes the pipe
 * when the launcher ends, so the editor reads its end at once, without polling.
 */
final class ParentWatch {

    /** The launcher's process id, given to the second JVM. */
    static final String PARENT = "modesign.parentPid";

    /** The exit code of a process ended by SIGTERM, as the editor's is. */
    static final int STOPPED = 143;

    private ParentWatch() {
    }

    /** Starts watching the launcher named by {@link #PARENT}, when it names one. */
    static void start() {
        Long pid = Long.getLong(PARENT);
        if (pid == null) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            exit();
            return;
        }
        Thread watch = new Thread(ParentWatch::readUntilClosed, "modesign-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void readUntilClosed() {
        try {
            InputStream pipe = System.in;
            while (pipe.read() >= 0) {
                // The launcher writes nothing; whatever comes is read and dropped.
            }
        } catch (IOException e) {
            // A broken pipe is a closed one.
        }
        exit();
    }

    /** Exits on a thread of its own, so that whatever called is not held while the hooks run. */
    private static void exit() {
        Thread exit = new Thread(() -> System.exit(STOPPED), "modesign-launcher-ended");
        exit.start();
    }
}
