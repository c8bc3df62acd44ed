package org.modesign.sharedfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What a design file held when the editor read or saved it: its size, its modification time and a
 * SHA-256 hash of its content. Size and time tell quickly that a file is unchanged; the hash tells
 * whether a file whose time moved (a {@code git checkout} of the same content) really changed.
 *
 * @param size     bytes
 * @param modified last modification time
 * @param sha256   hash of the content, lower-case hex
 */
public record FileFingerprint(long size, Instant modified, String sha256) {

    /** The fingerprint of {@code file} now; empty when there is no such file. */
    public static Optional<FileFingerprint> take(Path file) throws IOException {
        return take(file, read -> { });
    }

    /** As {@link #take(Path)}, telling {@code progress} how many bytes were hashed so far. */
    public static Optional<FileFingerprint> take(Path file, LongConsumer progress) throws IOException {
        try {
            BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileFingerprint(stat.size(), stat.lastModifiedTime().toInstant(),
                    hash(file, progress)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether size and time are still those of {@code file}'s attributes (the cheap check). */
    boolean sameStat(BasicFileAttributes stat) {
        return stat.size() == size && stat.lastModifiedTime().toInstant().equals(modified);
    }

    /** SHA-256 of {@code file}'s content, read in blocks; {@code progress} hears the bytes read so far. */
    static String hash(Path file, LongConsumer progress) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                read += n;
                progress.accept(read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
