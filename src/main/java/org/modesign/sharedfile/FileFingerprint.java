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
        try {
            BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileFingerprint(stat.size(), stat.lastModifiedTime().toInstant(), hash(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether size and time are still those of {@code file}'s attributes (the cheap check). */
    boolean sameStat(BasicFileAttributes stat) {
        return stat.size() == size && stat.lastModifiedTime().toInstant().equals(modified);
    }

    /** SHA-256 of {@code file}'s content, read in blocks. */
    static String hash(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
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
