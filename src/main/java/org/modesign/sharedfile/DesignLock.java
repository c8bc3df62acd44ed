package org.modesign.sharedfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A lock this editor holds on a design: its lock file, and the owner written in it. */
public final class DesignLock {

    private final Path lockFile;
    private final LockOwner owner;
    private boolean released;

    DesignLock(Path lockFile, LockOwner owner) {
        this.lockFile = lockFile;
        this.owner = owner;
    }

    public Path lockFile() {
        return lockFile;
    }

    public LockOwner owner() {
        return owner;
    }

    /** Whether the lock file still names this lock's owner (no one removed it or took it over). */
    public boolean held() {
        if (released) {
            return false;
        }
        try {
            return LockOwner.parse(Files.readString(lockFile, StandardCharsets.UTF_8)).filter(owner::equals).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes the lock file, unless another editor has since taken it over ("open anyway"): then
     * the lock is theirs and stays. Releasing twice does nothing.
     */
    public void release() throws IOException {
        if (released) {
            return;
        }
        released = true;
        String content;
        try {
            content = Files.readString(lockFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        }
        if (LockOwner.parse(content).filter(owner::equals).isPresent()) {
            Files.deleteIfExists(lockFile);
        }
    }
}
