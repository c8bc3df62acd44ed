package org.modesign.format;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files of {@link AtomicSave} (format.md §1): {@code .NAME.tmp-HEX} beside the file
 * {@code NAME}. A save killed half-way leaves its temporary behind; the next save of the same
 * file removes those that are older than {@link #STALE_AFTER}, and nothing else: not another
 * file's temporaries, not a temporary young enough to be a save still running, not a folder
 * or a link, not any other file.
 */
final class Temporaries {

    /** A temporary this old belongs to a save that was interrupted, not to one still running. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final Pattern SUFFIX = Pattern.compile("[0-9a-f]{1,16}");

    private Temporaries() {
    }

    /** The name of a temporary of {@code file} without its random part: {@code .NAME.tmp-}. */
    static String prefix(Path file) {
        return "." + file.getFileName() + ".tmp-";
    }

    /** The name of a temporary of {@code file} with the random part {@code random}. */
    static String name(Path file, long random) {
        return prefix(file) + Long.toHexString(random);
    }

    /** Whether {@code name} is the name of a temporary of {@code file}. */
    static boolean isTemporaryOf(Path file, String name) {
        String prefix = prefix(file);
        return name.startsWith(prefix) && SUFFIX.matcher(name).region(prefix.length(), name.length()).matches();
    }

    /**
     * Removes the temporaries of {@code file} last modified more than {@link #STALE_AFTER} before
     * {@code now}; returns how many. Best effort: a temporary that cannot be removed stays (the
     * save it follows succeeded, and that is what the caller must hear about).
     */
    static int removeStale(Path file, Instant now) {
        Path folder = file.toAbsolutePath().getParent();
        Instant before = now.minus(STALE_AFTER);
        int removed = 0;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder,
                p -> isTemporaryOf(file, p.getFileName().toString()))) {
            for (Path candidate : candidates) {
                if (isStale(candidate, before) && Files.deleteIfExists(candidate)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // Left for the next save.
        }
        return removed;
    }

    private static boolean isStale(Path candidate, Instant before) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(candidate, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
