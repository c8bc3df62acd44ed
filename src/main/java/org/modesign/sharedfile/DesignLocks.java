package org.modesign.sharedfile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Locks designs the way LibreOffice locks documents: a file {@code .~lock.NAME#} beside the design
 * names who has it open ({@link LockOwner}). A lock of a process that is gone (same computer) or
 * older than {@link #FOREIGN_STALE_AFTER} (another computer, whose processes cannot be asked) is
 * stale and taken over without asking. Files only, no JavaFX.
 */
public final class DesignLocks {

    /** After this, a lock from another computer counts as left over by a crash. */
    public static final Duration FOREIGN_STALE_AFTER = Duration.ofDays(1);

    private final String user;
    private final String host;
    private final long pid;
    private final Clock clock;
    private final LongPredicate processAlive;

    /**
     * Locks taken as {@code user} on {@code host} by process {@code pid}, dated by {@code clock};
     * {@code processAlive} tells whether a process of this computer still runs.
     */
    public DesignLocks(String user, String host, long pid, Clock clock, LongPredicate processAlive) {
        this.user = user;
        this.host = host;
        this.pid = pid;
        this.clock = clock;
        this.processAlive = processAlive;
    }

    /** Locks taken by this process, as the user who runs it. */
    public static DesignLocks forThisProcess() {
        return new DesignLocks(System.getProperty("user.name", "?"), hostName(), ProcessHandle.current().pid(),
                Clock.systemUTC(), p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
    }

    /** The lock file of {@code design}: {@code .~lock.NAME#} in the same folder. */
    public static Path lockFileOf(Path design) {
        Path absolute = design.toAbsolutePath();
        return absolute.resolveSibling(".~lock." + absolute.getFileName() + "#");
    }

    /** Locks {@code design} unless another editor holds it; a stale lock is taken over. */
    public LockAttempt acquire(Path design) {
        return attempt(design, false);
    }

    /** Locks {@code design} whoever holds it ("open anyway"); fails only when it cannot be locked at all. */
    public LockAttempt takeOver(Path design) {
        return attempt(design, true);
    }

    private LockAttempt attempt(Path design, boolean force) {
        Path lockFile = lockFileOf(design);
        LockOwner me = new LockOwner(user, host, pid, clock.instant());
        for (int tries = 0; tries < 3; tries++) {
            try {
                create(lockFile, me);
                return new LockAttempt.Acquired(new DesignLock(lockFile, me), null);
            } catch (FileAlreadyExistsException e) {
                // Someone's lock is there: read it below.
            } catch (IOException e) {
                return unlockable(lockFile, e);
            }
            Optional<LockOwner> holder;
            try {
                holder = LockOwner.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                continue; // released meanwhile: try again
            } catch (CharacterCodingException e) {
                holder = Optional.empty();
            } catch (IOException e) {
                return unlockable(lockFile, e);
            }
            if (holder.isEmpty()) {
                return new LockAttempt.Unlockable("the lock file " + quote(lockFile) + " cannot be read");
            }
            LockOwner owner = holder.get();
            if (force || owner.sameProcess(me) || stale(owner)) {
                try {
                    replace(lockFile, me);
                } catch (IOException e) {
                    return unlockable(lockFile, e);
                }
                return new LockAttempt.Acquired(new DesignLock(lockFile, me), owner.sameProcess(me) ? null : owner);
            }
            return new LockAttempt.Held(owner);
        }
        return new LockAttempt.Unlockable("the lock file " + quote(lockFile) + " keeps changing");
    }

    /** Whether {@code owner}'s lock was left behind: its process is gone, or it is a day old from elsewhere. */
    boolean stale(LockOwner owner) {
        if (owner.host().equalsIgnoreCase(host)) {
            return !processAlive.test(owner.pid());
        }
        return owner.since().plus(FOREIGN_STALE_AFTER).isBefore(clock.instant());
    }

    private static void create(Path lockFile, LockOwner me) throws IOException {
        try (OutputStream out = Files.newOutputStream(lockFile, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            out.write(me.toLine().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void replace(Path lockFile, LockOwner me) throws IOException {
        Files.writeString(lockFile, me.toLine(), StandardCharsets.UTF_8);
    }

    private static LockAttempt unlockable(Path lockFile, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new LockAttempt.Unlockable("the lock file " + quote(lockFile) + " cannot be written: " + why);
    }

    private static String quote(Path file) {
        return "\u201C" + file.getFileName() + "\u201D";
    }

    /** This computer's name, without waiting for the network when the environment says it. */
    static String hostName() {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            String name = Files.readString(Path.of("/etc/hostname")).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: ask the network layer
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
