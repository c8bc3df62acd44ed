package org.modesign.sharedfile;

/** What came of trying to lock a design. */
public sealed interface LockAttempt {

    /** The design is locked for this editor (perhaps taken over from a stale lock). */
    record Acquired(DesignLock lock, LockOwner tookOverFrom) implements LockAttempt {
    }

    /** Another editor holds the design open. */
    record Held(LockOwner owner) implements LockAttempt {
    }

    /** The design cannot be locked (unreadable lock file, read-only folder); {@code reason} says why. */
    record Unlockable(String reason) implements LockAttempt {
    }
}
