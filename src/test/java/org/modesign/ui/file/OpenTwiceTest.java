package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.sharedfile.DesignLocks;
import org.modesign.ui.file.SharedFileDialogs.LockChoice;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Two editors on one design: the second sees who has it open, and opens it read-only, as a copy or anyway. */
@ExtendWith(ApplicationExtension.class)
class OpenTwiceTest {

    @TempDir
    Path dir;

    private Editor alice;
    private Editor bob;
    private Path file;
    private Path lockFile;

    @Start
    void start(Stage stage) throws IOException {
        alice = new Editor(dir.resolve("recovery-a"), null, "alice");
        bob = new Editor(dir.resolve("recovery-b"), null, "bob");
        file = dir.resolve("plan.modesign");
        new DesignWriter().save(FileController.untitledDesign().withTitle("Plan"), file);
        lockFile = dir.resolve(".~lock.plan.modesign#");
    }

    private static void open(Editor editor, Path file) {
        editor.dialogs.filesToOpen.add(Optional.of(file));
        fx(editor.files::open);
    }

    @Test
    void openingLocksTheDesignAndClosingUnlocksIt() throws IOException {
        open(alice, file);
        assertTrue(Files.readString(lockFile).startsWith("alice,testhost,"), "user, host, pid and time");
        fx(alice.files::close);
        assertFalse(Files.exists(lockFile));
    }

    @Test
    void theSecondEditorIsToldWhoHasItOpenAndMayOpenItReadOnly() throws IOException {
        open(alice, file);
        bob.shared.lockChoices.add(LockChoice.READ_ONLY);
        open(bob, file);
        assertEquals(1, bob.shared.lockQuestions.size());
        assertEquals("alice", bob.shared.lockQuestions.get(0).owner().user());
        assertEquals(file, bob.file());
        assertTrue(bob.files.readOnlyProperty().get());
        assertEquals("MOdesign — Plan (read-only)", bob.files.titleBinding().get());

        fx(() -> bob.rename("Bob's plan"));
        Path elsewhere = dir.resolve("bobs.modesign");
        bob.dialogs.filesToSave.add(Optional.of(elsewhere));
        fx(bob.files::save);
        assertEquals(1, bob.dialogs.suggestedNames.size(), "Save asks for another file");
        assertEquals("Plan", new DesignReader().read(file).design().title(), "alice's file untouched");
        assertEquals("Bob's plan", new DesignReader().read(elsewhere).design().title());
        assertFalse(bob.files.readOnlyProperty().get(), "the copy is bob's to edit");
        assertTrue(Files.readString(dir.resolve(".~lock.bobs.modesign#")).startsWith("bob,"));
        assertTrue(Files.readString(lockFile).startsWith("alice,"), "alice still holds hers");
    }

    @Test
    void aCopyHasNoFileAndTakesNoLock() throws IOException {
        open(alice, file);
        bob.shared.lockChoices.add(LockChoice.COPY);
        open(bob, file);
        assertNull(bob.file());
        assertEquals("Plan", bob.document.design().title());
        assertFalse(bob.files.readOnlyProperty().get());
        assertTrue(Files.readString(lockFile).startsWith("alice,"));
    }

    @Test
    void openAnywayTakesTheLockAndAliceClosingLeavesBobsLock() throws IOException {
        open(alice, file);
        bob.shared.lockChoices.add(LockChoice.ANYWAY);
        open(bob, file);
        assertEquals(file, bob.file());
        assertTrue(Files.readString(lockFile).startsWith("bob,"));
        fx(alice.files::close);
        assertTrue(Files.readString(lockFile).startsWith("bob,"));
        fx(bob.files::close);
        assertFalse(Files.exists(lockFile));
    }

    @Test
    void aSaveLocksTheDesignAgainWhenItsLockWentMeanwhile() throws IOException {
        open(alice, file);
        bob.shared.lockChoices.add(LockChoice.ANYWAY);
        open(bob, file);
        fx(bob.files::close); // bob took the lock over, and his closing removed it
        assertFalse(Files.exists(lockFile));
        fx(() -> alice.rename("Alice's plan"));
        fx(alice.files::save);
        assertTrue(Files.readString(lockFile).startsWith("alice,"));
    }

    @Test
    void cancelOpensNothing() {
        open(alice, file);
        bob.shared.lockChoices.add(LockChoice.CANCEL);
        open(bob, file);
        assertNull(bob.file());
        assertEquals(List.of(), bob.recent.files());
    }

    @Test
    void openingAnotherDesignOrANewOneReleasesTheLock() throws IOException {
        Path other = dir.resolve("other.modesign");
        new DesignWriter().save(FileController.untitledDesign().withTitle("Other"), other);
        open(alice, file);
        open(alice, other);
        assertFalse(Files.exists(lockFile));
        assertTrue(Files.exists(DesignLocks.lockFileOf(other)));
        fx(alice.files::newDesign);
        assertFalse(Files.exists(DesignLocks.lockFileOf(other)));
    }

    @Test
    void reopeningTheDesignOpenHereKeepsItsLock() throws IOException {
        open(alice, file);
        open(alice, file);
        assertTrue(Files.readString(lockFile).startsWith("alice,"));
        assertEquals(List.of(), alice.shared.lockQuestions);
    }

    @Test
    void aLockOfACrashedEditorIsTakenOverWithoutAsking() throws IOException {
        Files.writeString(lockFile, "carol,otherhost,4242,2020-01-01T00:00:00Z;");
        open(bob, file);
        assertEquals(List.of(), bob.shared.lockQuestions, "a lock from another computer, years old");
        assertTrue(Files.readString(lockFile).startsWith("bob,"));
    }

    @Test
    void anUnreadableLockStillOpensTheDesignWithAWarning() throws IOException {
        Files.writeString(lockFile, "this is not a lock");
        open(bob, file);
        assertEquals(file, bob.file());
        assertFalse(bob.files.readOnlyProperty().get());
        assertTrue(bob.status.stream().anyMatch(s -> s.startsWith("plan.modesign cannot be locked")), bob.status::toString);
        assertEquals("this is not a lock", Files.readString(lockFile), "left as it was");
    }

    @Test
    void aFileThatCannotBeReadLeavesNoLockBehind() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.modesign"), "{");
        open(bob, broken);
        assertEquals(1, bob.dialogs.problems.size());
        assertFalse(Files.exists(DesignLocks.lockFileOf(broken)));
    }
}
