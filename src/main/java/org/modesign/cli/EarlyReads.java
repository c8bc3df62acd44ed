package org.modesign.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;

/**
 * Starts reading the design files that a {@code validate}, {@code metrics}, {@code compare},
 * {@code diff}, {@code show} or {@code merge} command names before picocli has even parsed the arguments: building the command line takes
 * about 150 ms of a cold process, and reading a 10,000-role design about as long, so on two
 * cores the two overlap. Picocli still decides what the arguments mean; a file read early but
 * not asked for is simply dropped, and a file asked for but not read early is read then.
 */
final class EarlyReads {

    private static final Set<String> READING_COMMANDS = Set.of("validate", "metrics", "compare", "diff", "show",
            "merge");
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--scenario", "--phase", "--format", "--out");
    private static final Map<Path, CompletableFuture<LoadResult>> STARTED = new ConcurrentHashMap<>();

    private EarlyReads() {
    }

    /** Starts reading, on daemon threads, every existing file among the command's operands. */
    static void start(String[] args) {
        if (args.length < 2 || !READING_COMMANDS.contains(args[0])) {
            return;
        }
        for (String operand : operands(args)) {
            Path file;
            try {
                file = key(ScenarioRef.parse(operand).file());
            } catch (InvalidPathException notAPath) {
                continue;
            }
            if (Files.isRegularFile(file)) {
                STARTED.computeIfAbsent(file, f -> CompletableFuture.supplyAsync(() -> new DesignReader().read(f),
                        EarlyReads::daemon));
            }
        }
    }

    /** The design in {@code file}: the early read when one was started, else a read now. */
    static LoadResult read(Path file) {
        CompletableFuture<LoadResult> early = STARTED.remove(key(file));
        return early != null ? early.join() : new DesignReader().read(file);
    }

    /** Forgets reads nobody asked for (the command failed, or named the file twice). */
    static void clear() {
        STARTED.clear();
    }

    private static List<String> operands(String[] args) {
        List<String> operands = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (OPTIONS_WITH_VALUES.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                operands.add(args[i]);
            }
        }
        return operands;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "modesign-early-read");
        thread.setDaemon(true);
        thread.start();
    }
}
