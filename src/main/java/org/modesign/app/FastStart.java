package org.modesign.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts the editor in a second JVM that maps the classes of an earlier start from a class-data
 * sharing archive (AppCDS): a cold JVM spends about a second of its start-up reading, defining
 * and verifying the 3,000 classes the first window needs, and an archive takes most of that away.
 * The first start records the archive (when the editor quits); later ones use it. The archive is
 * kept per jar and JVM version in {@code ~/.modesign/cds}; recordings a killed launcher left are removed.
 *
 * <p>Only when the editor runs from its jar started by the {@code java} launcher (not by a native
 * launcher such as the installer's), and not with {@code -Dmodesign.cds=false}; otherwise, or
 * when the second JVM cannot be started, the editor starts in this JVM as before. Options given to this JVM ({@code -D...}, {@code -Xmx})
 * are passed on. The second JVM ends with this one ({@link ChildJvm}). The command line never comes here: it starts headless and fast without JavaFX.
 */
final class FastStart {

    /** Set in the second JVM so that it does not start a third. */
    static final String CHILD = "modesign.cdsChild";

    private FastStart() {
    }

    /**
     * Runs the editor with {@code args} in a second JVM and returns its exit code, or empty when
     * the editor should start in this JVM.
     */
    static Optional<Integer> runInSecondJvm(String[] args) {
        if (!Boolean.parseBoolean(System.getProperty("modesign.cds", "true")) || Boolean.getBoolean(CHILD)) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<String> java = ProcessHandle.current().info().command().filter(FastStart::isJava);
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path archive = archiveFor(jar.get());
            Path recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            int exit = ChildJvm.run(command(java.get(), jar.get(), archive, recording, args));
            keepRecording(recording, archive, exit);
            return Optional.of(exit);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /** Whether {@code command} is the {@code java} launcher (not a native launcher such as jpackage's). */
    static boolean isJava(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("java") || name.equals("java.exe");
    }

    /**
     * The command of the second JVM: it maps {@code archive} when there is one, else records one
     * into {@code recording} as it exits (under another name, so that no other start can map a
     * half-written archive; see {@link #keepRecording}).
     */
    static List<String> command(String java, Path jar, Path archive, Path recording, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-Xshare:auto");
        command.add("-Xlog:cds*=off");
        command.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + recording);
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.contains("SharedArchiveFile") && !option.contains("ArchiveClassesAtExit")
                    && !option.startsWith("-agentlib:jdwp")) {
                command.add(option);
            }
        }
        command.add("-D" + CHILD + "=true");
        command.add("-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid());
        command.add("-D" + StartupProbe.LAUNCHED_AT + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Puts the archive the second JVM recorded in place, in one atomic step, when it ended
     * normally; otherwise drops it. Starts that run meanwhile keep mapping the file they opened.
     */
    static void keepRecording(Path recording, Path archive, int exit) {
        try {
            if (exit == 0 && Files.isRegularFile(recording)) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            // Without the archive the next start records one again.
        }
    }

    /** The archive for this jar (as built: its size and time) and this JVM; older ones of the jar are removed. */
    static Path archiveFor(Path jar) throws IOException {
        return archiveFor(jar, "modesign-");
    }

    /**
     * The archive named {@code name} + a key of this jar (as built) and this JVM, in
     * {@code ~/.modesign/cds}; older ones of the same name and jar are removed when it is not there yet.
     */
    static Path archiveFor(Path jar, String name) throws IOException {
        Path folder = Path.of(System.getProperty("user.home"), ".modesign", "cds");
        String key = Integer.toHexString(Objects.hash(jar.toAbsolutePath().toString(), Files.size(jar),
                Files.getLastModifiedTime(jar).toMillis(), System.getProperty("java.vm.version")));
        String prefix = name + Integer.toHexString(jar.toAbsolutePath().toString().hashCode()) + "-";
        Path archive = folder.resolve(prefix + key + ".jsa");
        if (Files.isRegularFile(archive)) {
            return archive;
        }
        Files.createDirectories(folder);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, prefix + "*.jsa")) {
            for (Path file : old) {
                if (!file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        try (DirectoryStream<Path> recordings = Files.newDirectoryStream(folder, prefix + "*.jsa.*.tmp")) {
            for (Path file : recordings) {
                if (!recording(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return archive;
    }

    /**
     * Whether {@code file} ({@code ....jsa.PID.tmp}) is being recorded: its launcher still runs. A
     * launcher that was killed leaves its recording behind; the next start removes it.
     */
    static boolean recording(Path file) {
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        if (parts.length < 3) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The jar this class was loaded from, if it was loaded from one. */
    static Optional<Path> ownJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
