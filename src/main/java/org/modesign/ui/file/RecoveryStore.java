package org.modesign.ui.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.modesign.format.AtomicSave;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;

/**
 * The recovery files of one editor session in a folder ({@code ~/.modesign/recovery} by default):
 * {@code SESSION.modesign} holds the unsaved design, {@code SESSION.properties} the file it belongs
 * to and its title, and {@code SESSION.lock}, locked while the session runs, tells other sessions
 * that these files are not left over. Each session has its own files, so two editors running at
 * once never take each other's. No JavaFX here; callers choose the thread.
 */
public final class RecoveryStore {

    private static final String DESIGN = ".modesign";
    private static final String SIDECAR = ".properties";
    private static final String LOCK = ".lock";
    private static final String ORIGINAL = "original";
    private static final String TITLE = "title";

    private final Path folder;
    private final String session = "session-" + System.currentTimeMillis() + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    private final DesignWriter writer = new DesignWriter();
    private FileChannel lockChannel;
    private FileLock lock;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.modesign/recovery}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".modesign", "recovery");
    }

    /** This session's recovery design file (it exists only after a {@link #write}). */
    public Path designFile() {
        return folder.resolve(session + DESIGN);
    }

    /**
     * Writes {@code design}, which belongs to {@code originalFile} (null when never saved), as this
     * session's recovery. The description goes first and each file is replaced atomically, so a
     * crash leaves a consistent pair.
     */
    public synchronized void write(Design design, Path originalFile) throws IOException {
        Files.createDirectories(folder);
        holdLock();
        Properties sidecar = new Properties();
        if (originalFile != null) {
            sidecar.setProperty(ORIGINAL, originalFile.toAbsolutePath().toString());
        }
        sidecar.setProperty(TITLE, design.title());
        writeProperties(sidecar, folder.resolve(session + SIDECAR));
        // The writer's text, written as the writer writes: a design that a save refused (too large
        // for the reader, say) is still kept here, so that the work is not lost.
        AtomicSave.write(designFile(), writer.toJson(design).getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes this session's recovery (after a save, a discard or a clean exit). */
    public synchronized void delete() throws IOException {
        Files.deleteIfExists(designFile());
        Files.deleteIfExists(folder.resolve(session + SIDECAR));
    }

    /** Ends the session: releases and removes its lock. Call {@link #delete()} first on a clean exit. */
    public synchronized void close() throws IOException {
        if (lock != null) {
            lock.release();
            lockChannel.close();
            lock = null;
            Files.deleteIfExists(folder.resolve(session + LOCK));
        }
    }

    /**
     * The recoveries that sessions which are no longer running left behind, newest first. Files
     * of a session that ended between writing its description and its design are removed.
     */
    public List<Recovery> leftovers() throws IOException {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(folder, "*" + SIDECAR)) {
            for (Path sidecar : sidecars) {
                String name = sidecar.getFileName().toString();
                String other = name.substring(0, name.length() - SIDECAR.length());
                if (!other.equals(session) && !isRunning(other)) {
                    readLeftover(other, sidecar, found);
                }
            }
        }
        found.sort(Comparator.comparing(Recovery::writtenAt).reversed());
        return found;
    }

    /** Deletes a left-over recovery (it was restored or declined). */
    public void delete(Recovery leftover) throws IOException {
        deleteSession(leftover.session());
    }

    /**
     * Keeps a left-over recovery that cannot be read back aside, never deleting it: its design file
     * is renamed to {@code stem}{@value #DESIGN} in the same folder ({@code stem (2)}… when that is
     * taken), where it is no longer offered; its description and lock go. Returns where it is now.
     */
    public Path keepAside(Recovery leftover, String stem) throws IOException {
        Path target = folder.resolve(stem + DESIGN);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + " (" + n + ")" + DESIGN);
        }
        Files.move(leftover.design(), target);
        Files.deleteIfExists(folder.resolve(leftover.session() + SIDECAR));
        Files.deleteIfExists(folder.resolve(leftover.session() + LOCK));
        return target;
    }

    private void readLeftover(String other, Path sidecar, List<Recovery> found) throws IOException {
        Path design = folder.resolve(other + DESIGN);
        if (!Files.isRegularFile(design)) {
            deleteSession(other);
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(sidecar)) {
            properties.load(in);
        }
        String original = properties.getProperty(ORIGINAL);
        found.add(new Recovery(other, design, original == null ? null : Path.of(original),
                properties.getProperty(TITLE, ""), Files.getLastModifiedTime(design).toInstant()));
    }

    private void deleteSession(String other) throws IOException {
        Files.deleteIfExists(folder.resolve(other + DESIGN));
        Files.deleteIfExists(folder.resolve(other + SIDECAR));
        Files.deleteIfExists(folder.resolve(other + LOCK));
    }

    private void holdLock() throws IOException {
        if (lock == null) {
            lockChannel = FileChannel.open(folder.resolve(session + LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            if (lock == null) {
                lockChannel.close();
                throw new IOException("the recovery lock " + session + LOCK + " is held by another program");
            }
        }
    }

    /** Whether the session's lock is held (by another process, or another store in this one). */
    private boolean isRunning(String other) throws IOException {
        Path lockFile = folder.resolve(other + LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void writeProperties(Properties properties, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            properties.store(out, "MOdesign recovery");
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
