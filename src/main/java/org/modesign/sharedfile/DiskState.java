package org.modesign.sharedfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The file a design was read from or last saved to, and its fingerprint then; {@link #check} tells
 * whether the file changed since. Not thread-safe: one owner (the editor's file handling).
 */
public final class DiskState {

    private final Path file;
    private FileFingerprint known;

    /** {@code file} as it was when {@code known} was taken (null: it did not exist). */
    public DiskState(Path file, FileFingerprint known) {
        this.file = Objects.requireNonNull(file, "file");
        this.known = known;
    }

    /** {@code file} as it is now. */
    public static DiskState of(Path file) throws IOException {
        return new DiskState(file, FileFingerprint.take(file).orElse(null));
    }

    public Path file() {
        return file;
    }

    /** The fingerprint of the content this state knows, or null when the file did not exist. */
    public FileFingerprint known() {
        return known;
    }

    /**
     * How the file compares with what is known. A quick check trusts an unchanged size and time;
     * a {@code thorough} one (before a save) always compares the content's hash. A file whose
     * attributes cannot be read counts as changed, so that nothing is overwritten unasked.
     */
    public DiskChange check(boolean thorough) {
        return check(thorough, read -> { });
    }

    /**
     * As {@link #check(boolean)}, telling {@code progress} how many bytes were hashed so far (a large
     * file's check can take a while). May run on another thread than the owner's, while the owner waits.
     */
    public DiskChange check(boolean thorough, LongConsumer progress) {
        BasicFileAttributes stat;
        try {
            stat = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return known == null ? DiskChange.UNCHANGED : DiskChange.MISSING;
        } catch (IOException e) {
            return DiskChange.CHANGED;
        }
        if (known == null) {
            return DiskChange.CHANGED;
        }
        if (!thorough && known.sameStat(stat)) {
            return DiskChange.UNCHANGED;
        }
        try {
            String now = FileFingerprint.hash(file, progress);
            if (!now.equals(known.sha256())) {
                return DiskChange.CHANGED;
            }
            // Touched but the same: remember the new time, so the quick check is quick again.
            known = new FileFingerprint(stat.size(), stat.lastModifiedTime().toInstant(), now);
            return DiskChange.UNCHANGED;
        } catch (NoSuchFileException e) {
            return DiskChange.MISSING;
        } catch (IOException e) {
            return DiskChange.CHANGED;
        }
    }

    /** Takes what the file holds now as known (after a save, a reload, or "keep mine"). */
    public void remember(FileFingerprint now) {
        known = now;
    }
}
