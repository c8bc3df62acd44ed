package org.modesign.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a command that reads designs ({@code validate}, {@code metrics}, {@code compare},
 * {@code diff}, {@code show}, {@code merge}) in a second JVM made for a short run: it compiles with
 * the quick compiler only ({@code -XX:TieredStopAtLevel=1}) and maps the classes of an earlier run
 * of the same command from a class-data sharing archive. A run of a second or two of a cold JVM
 * gains less from the optimizing compiler than that compiler costs on two cores, and the archive
 * saves loading, verifying and linking most classes (the lambdas too). For a 10,000-role design
 * that roughly halves the processor time of {@code diff} and {@code merge} (README, "Designs in
 * git"); this JVM only starts the second and waits for it (about 60 ms).
 *
 * <p>The first run of each command records its archive as it exits, in {@code ~/.modesign/cds}
 * beside the editor's (per jar and JVM version); later runs use it. As {@link FastStart}: only
 * from the jar started by the {@code java} launcher, not with {@code -Dmodesign.cds=false};
 * options given to this JVM ({@code -D...}, {@code -Xmx}, even {@code -XX:TieredStopAtLevel=4}) are
 * passed on and win; when the second JVM cannot be started the command runs in this one.
 */
final class CliFastStart {

    /** The commands that read designs and are done in a second or two: worth a short-run JVM. */
    static final Set<String> COMMANDS = Set.of("validate", "metrics", "compare", "diff", "show", "merge");

    private CliFastStart() {
    }

    /** Runs the command {@code args} in a second JVM and returns its exit code, or empty to run it in this JVM. */
    static Optional<Integer> runInSecondJvm(String[] args) {
        if (args.length < 2 || !COMMANDS.contains(args[0])
                || !Boolean.parseBoolean(System.getProperty("modesign.cds", "true"))
                || Boolean.getBoolean(FastStart.CHILD)) {
            return Optional.empty();
        }
        Optional<Path> jar = FastStart.ownJar();
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command().filter(FastStart::isJava);
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path archive = FastStart.archiveFor(jar.get(), "modesign-cli-" + args[0] + "-");
            Path recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Process child = new ProcessBuilder(command(java.get(), jar.get(), archive, recording,
                    jvmOptions(self), args)).inheritIO().start();
            int exit = child.waitFor();
            FastStart.keepRecording(recording, archive, exit <= 1 ? 0 : exit);
            return Optional.of(exit);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /** The options given to this JVM: from its command line, or where the system does not tell it (Windows), from the management beans. */
    private static List<String> jvmOptions(ProcessHandle.Info self) {
        Optional<String[]> arguments = self.arguments();
        return arguments.isPresent() ? jvmOptions(arguments.get())
                : ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /**
     * The options given to the JVM in the {@code arguments} of its command line: those before
     * {@code -jar} or the main class, without the class path (the second JVM gets its own).
     * Read from the command line rather than the management beans, which take a cold JVM 20 ms.
     */
    static List<String> jvmOptions(String[] arguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String a = arguments[i];
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else if (a.equals("-jar") || !a.startsWith("-")) {
                break;
            } else if (!a.startsWith("--class-path=")) {
                options.add(a);
            }
        }
        return options;
    }

    /**
     * The command of the second JVM: the quick compiler only; it maps {@code archive} when there
     * is one, else records one into {@code recording} as it exits; then this JVM's own options.
     */
    static List<String> command(String java, Path jar, Path archive, Path recording, List<String> options,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Xlog:cds*=off");
        command.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + recording);
        for (String option : options) {
            if (!option.contains("SharedArchiveFile") && !option.contains("ArchiveClassesAtExit")
                    && !option.startsWith("-agentlib:jdwp")) {
                command.add(option);
            }
        }
        command.add("-D" + FastStart.CHILD + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
