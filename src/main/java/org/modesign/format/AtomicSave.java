package org.modesign.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * Replaces a file's content atomically: the bytes go to a temporary file in the same folder,
 * are forced to disk, and the temporary file is then moved over the target. A crash or a full
 * disk leaves either the old file or the new one, never half of one. Designs and exports are
 * saved this way. A save then removes the temporaries that interrupted saves of the same file
 * left, when they are older than ten minutes ({@link Temporaries}).
 */
public final class AtomicSave {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 10;

    private AtomicSave() {
    }

    /** Writes {@code content} to {@code target}; on failure the old file is untouched. */
    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IOException("could not save " + Messages.quote(file.toString()) + ": it is a folder");
        }
        Path temp = null;
        try {
            temp = createTemp(file);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(file, temp);
            move(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new IOException("could not save " + Messages.quote(file.toString()) + ": "
                    + IoMessages.reason(e), e);
        }
        Temporaries.removeStale(file, Instant.now());
    }

    /** A new empty file {@code .NAME.tmp-RANDOM} next to {@code file}. */
    private static Path createTemp(Path file) throws IOException {
        Path folder = file.getParent();
        for (int attempt = 1; ; attempt++) {
            Path temp = folder.resolve(Temporaries.name(file, RANDOM.nextLong() & Long.MAX_VALUE));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Gives the new file the old one's permissions, so that saving does not change who may read it. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && Files.exists(file)) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The save already failed; that failure is what the caller must hear about.
            }
        }
    }
}
