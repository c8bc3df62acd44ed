package org.modesign.sharedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lock files beside designs: who holds one, stale ones taken over, and designs that cannot be locked. */
class DesignLocksTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;

    private final Set<Long> running = new HashSet<>(Set.of(100L, 200L));

    private DesignLocks locks(String user, String host, long pid, Instant now) {
        return new DesignLocks(user, host, pid, Clock.fixed(now, ZoneOffset.UTC), running::contains);
    }

    private Path design() throws IOException {
        return Files.writeString(dir.resolve("plan.modesign"), "{}");
    }

    @Test
    void aLockFileFollowsLibreOfficesNameAndNamesItsOwner() throws IOException {
        Path design = design();
        LockAttempt.Acquired got = assertInstanceOf(LockAttempt.Acquired.class,
                locks("alice", "laptop", 100, NOW).acquire(design));
        Path lockFile = dir.resolve(".~lock.plan.modesign#");
        assertEquals(lockFile, got.lock().lockFile());
        assertEquals("alice,laptop,100,2026-12-07T09:00:00Z;", Files.readString(lockFile));
        assertNull(got.tookOverFrom());
        got.lock().release();
        assertFalse(Files.exists(lockFile));
    }

    @Test
    void aSecondEditorSeesWhoHoldsTheDesign() throws IOException {
        Path design = design();
        locks("alice", "laptop", 100, NOW).acquire(design);
        LockAttempt second = locks("bob", "laptop", 200, NOW.plusSeconds(60)).acquire(design);
        LockAttempt.Held held = assertInstanceOf(LockAttempt.Held.class, second);
        assertEquals(new LockOwner("alice", "laptop", 100, NOW), held.owner());
    }

    @Test
    void aLockOfAProcessThatIsGoneIsTakenOverWithoutAsking() throws IOException {
        Path design = design();
        locks("alice", "laptop", 300, NOW).acquire(design); // 300 is not running: it crashed
        LockAttempt.Acquired got = assertInstanceOf(LockAttempt.Acquired.class,
                locks("alice", "laptop", 100, NOW.plusSeconds(10)).acquire(design));
        assertEquals(300, got.tookOverFrom().pid());
        assertTrue(Files.readString(got.lock().lockFile()).startsWith("alice,laptop,100,"));
    }

    @Test
    void aLockFromAnotherComputerHoldsForADay() throws IOException {
        Path design = design();
        locks("carol", "desktop", 999, NOW).acquire(design); // pid 999 means nothing on this computer
        assertInstanceOf(LockAttempt.Held.class,
                locks("bob", "laptop", 200, NOW.plus(Duration.ofHours(23))).acquire(design));
        LockAttempt.Acquired got = assertInstanceOf(LockAttempt.Acquired.class,
                locks("bob", "laptop", 200, NOW.plus(Duration.ofHours(25))).acquire(design));
        assertEquals("carol", got.tookOverFrom().user());
    }

    @Test
    void hostNamesCompareWithoutCase() throws IOException {
        Path design = design();
        locks("alice", "LAPTOP", 100, NOW).acquire(design);
        assertInstanceOf(LockAttempt.Held.class, locks("bob", "laptop", 200, NOW).acquire(design));
    }

    @Test
    void openAnywayTakesTheLockAndTheFirstEditorLeavesItOnClosing() throws IOException {
        Path design = design();
        DesignLock first = ((LockAttempt.Acquired) locks("alice", "laptop", 100, NOW).acquire(design)).lock();
        LockAttempt.Acquired second = assertInstanceOf(LockAttempt.Acquired.class,
                locks("bob", "laptop", 200, NOW).takeOver(design));
        assertFalse(first.held(), "bob has it now");
        assertTrue(second.lock().held());
        first.release();
        assertTrue(Files.exists(second.lock().lockFile()), "alice's closing leaves bob's lock");
        assertTrue(Files.readString(second.lock().lockFile()).startsWith("bob,"));
        second.lock().release();
        assertFalse(Files.exists(second.lock().lockFile()));
    }

    @Test
    void theSameProcessOpeningTheDesignAgainKeepsItsLock() throws IOException {
        Path design = design();
        DesignLocks alice = locks("alice", "laptop", 100, NOW);
        alice.acquire(design);
        LockAttempt.Acquired again = assertInstanceOf(LockAttempt.Acquired.class, alice.acquire(design));
        assertNull(again.tookOverFrom());
    }

    @Test
    void anUnreadableLockLeavesTheDesignUnlockableWithAReason() throws IOException {
        Path design = design();
        Files.write(DesignLocks.lockFileOf(design), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        LockAttempt.Unlockable no = assertInstanceOf(LockAttempt.Unlockable.class,
                locks("bob", "laptop", 200, NOW).acquire(design));
        assertEquals("the lock file \u201C.~lock.plan.modesign#\u201D cannot be read", no.reason());
    }

    @Test
    void aReadOnlyFolderLeavesTheDesignUnlockableWithAReason() throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = root ? Path.of("/sys") : dir; // root may write anywhere but in the kernel's /sys
        assumeTrue(Files.isDirectory(folder), "a read-only folder to try");
        if (!root) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            LockAttempt.Unlockable no = assertInstanceOf(LockAttempt.Unlockable.class,
                    locks("bob", "laptop", 200, NOW).acquire(folder.resolve("plan.modesign")));
            assertEquals("the lock file \u201C.~lock.plan.modesign#\u201D cannot be written: permission denied",
                    no.reason());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void fieldsWithCommasAndSemicolonsSurviveTheLine() {
        LockOwner odd = new LockOwner("Doe, Jane; CMO", "host\\1", 42, NOW);
        assertEquals(Optional.of(odd), LockOwner.parse(odd.toLine()));
        assertEquals(Optional.empty(), LockOwner.parse("alice,laptop,100"));
        assertEquals(Optional.empty(), LockOwner.parse("alice,laptop,x,2026-12-07T09:00:00Z;"));
        assertEquals(Optional.empty(), LockOwner.parse("alice,laptop,100,2026-12-07T09:00:00Z;trailing"));
    }
}
