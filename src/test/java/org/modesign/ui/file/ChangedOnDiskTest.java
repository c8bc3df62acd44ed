package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.edit.RenameDesign;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A design changed on disk while open (a colleague's save, a {@code git pull}): reloaded when
 * nothing is unsaved here, asked about when something is, and never overwritten unasked.
 */
@ExtendWith(ApplicationExtension.class)
class ChangedOnDiskTest {

    @TempDir
    Path dir;

    private Editor editor;
    private Path file;
    private Design ours;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
    }

    /** Opens a design titled "Ours" from a file. */
    private void openOurs() throws IOException {
        file = dir.resolve("central vs local.modesign");
        ours = editor.openSaved(FileController.untitledDesign().withTitle("Ours"), file);
        assertEquals("Ours", editor.document.design().title());
    }

    /** A colleague's change arrives on disk, as a git pull would write it (a new time). */
    private void theirChange(String title) throws IOException {
        new DesignWriter().save(ours.withTitle(title), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }

    private String titleOnDisk() {
        return new DesignReader().read(file).design().title();
    }

    @Test
    void aChangeWithNothingUnsavedHereIsReloadedAsOneUndoableStep() throws IOException {
        openOurs();
        theirChange("Theirs");
        fx(editor.files::windowFocused);
        assertEquals("Theirs", editor.document.design().title());
        assertFalse(editor.dirty(), "what is shown is what the file holds");
        assertTrue(editor.status.get(editor.status.size() - 1).startsWith("Reloaded central vs local.modesign"),
                editor.status::toString);
        assertEquals("_Undo Reload from disk", editor.document.undoTextProperty().get());
        fx(editor.document::undo);
        assertEquals("Ours", editor.document.design().title());
        assertTrue(editor.dirty());
    }

    @Test
    void theSameContentWrittenAgainIsNoChange() throws IOException {
        openOurs();
        theirChange("Ours");
        fx(editor.files::windowFocused);
        assertFalse(editor.document.canUndoProperty().get(), "nothing reloaded");
        assertEquals(0, editor.notice.shown);
    }

    @Test
    void aChangeWithUnsavedEditsHereIsSaidInTheBarAndLeavesBothAlone() throws IOException {
        openOurs();
        fx(() -> editor.rename("Mine"));
        theirChange("Theirs");
        fx(editor.files::windowFocused);
        assertTrue(editor.notice.showing());
        assertEquals(List.of(DiskChoice.RELOAD, DiskChoice.KEEP_MINE), editor.notice.choices,
                "Compare and Merge wait for their views");
        assertTrue(editor.notice.message.contains("central vs local.modesign"), editor.notice.message);
        assertEquals("Mine", editor.document.design().title());
        assertEquals("Theirs", titleOnDisk());
        fx(editor.files::windowFocused);
        assertEquals(1, editor.notice.shown, "said once, not at every focus");
    }

    @Test
    void reloadInTheBarTakesTheirVersionAndUndoBringsMineBack() throws IOException {
        openOurs();
        fx(() -> editor.rename("Mine"));
        theirChange("Theirs");
        fx(editor.files::windowFocused);
        fx(() -> editor.notice.press(DiskChoice.RELOAD));
        assertEquals("Theirs", editor.document.design().title());
        assertFalse(editor.dirty());
        fx(editor.document::undo);
        assertEquals("Mine", editor.document.design().title());
    }

    @Test
    void keepMineInTheBarLetsTheNextSaveOverwriteKnowingly() throws IOException {
        openOurs();
        fx(() -> editor.rename("Mine"));
        theirChange("Theirs");
        fx(editor.files::windowFocused);
        fx(() -> editor.notice.press(DiskChoice.KEEP_MINE));
        assertFalse(editor.notice.showing());
        fx(editor.files::save);
        assertEquals(List.of(), editor.shared.diskQuestions, "chosen already");
        assertEquals("Mine", titleOnDisk());
        assertFalse(editor.dirty());
    }

    @Test
    void aSaveNeverOverwritesAChangeUnasked() throws IOException {
        openOurs();
        fx(() -> editor.rename("Mine"));
        theirChange("Theirs");
        editor.shared.diskChoices.add(DiskChoice.CANCEL);
        assertFalse(editor.files.save());
        assertEquals(1, editor.shared.diskQuestions.size());
        assertEquals("Theirs", titleOnDisk(), "their change is still there");
        assertTrue(editor.dirty());
        assertEquals("Mine", editor.document.design().title());

        editor.shared.diskChoices.add(DiskChoice.KEEP_MINE);
        assertTrue(editor.files.save());
        assertEquals("Mine", titleOnDisk(), "overwritten once the user chose to");
    }

    @Test
    void aChangeWithinTheSameSecondAndSizeIsStillCaughtBeforeASave() throws IOException {
        openOurs();
        FileTime time = Files.getLastModifiedTime(file);
        fx(() -> editor.rename("Mine"));
        new DesignWriter().save(ours.withTitle("Ourz"), file); // same size
        Files.setLastModifiedTime(file, time);
        editor.shared.diskChoices.add(DiskChoice.CANCEL);
        fx(editor.files::save);
        assertEquals(1, editor.shared.diskQuestions.size(), "the save compares the content itself");
        assertEquals("Ourz", titleOnDisk());
    }

    @Test
    void reloadAtTheSaveTakesTheirVersionAndWritesNothing() throws IOException {
        openOurs();
        fx(() -> editor.rename("Mine"));
        theirChange("Theirs");
        editor.shared.diskChoices.add(DiskChoice.RELOAD);
        fx(editor.files::save);
        assertEquals("Theirs", editor.document.design().title());
        assertEquals("Theirs", titleOnDisk());
        assertFalse(editor.dirty());
    }

    @Test
    void ourOwnSavesAreNoChange() throws IOException {
        openOurs();
        for (String title : List.of("One", "Two")) {
            fx(() -> editor.rename(title));
            fx(editor.files::save);
            fx(editor.files::windowFocused);
        }
        assertEquals(List.of(), editor.shared.diskQuestions);
        assertEquals(0, editor.notice.shown);
        assertEquals("Two", titleOnDisk());
    }

    @Test
    void aDeletedFileIsSaidAtTheNextSaveWhichWritesItAnew() throws IOException {
        openOurs();
        fx(() -> editor.rename("Mine"));
        Files.delete(file);
        fx(editor.files::windowFocused);
        assertEquals(0, editor.notice.shown, "nothing to reload");
        fx(editor.files::save);
        assertEquals("Mine", titleOnDisk());
        assertEquals("Saved central vs local.modesign anew: it had been deleted or moved away while it was open.",
                editor.status.get(editor.status.size() - 1));
        assertEquals(List.of(), editor.shared.diskQuestions);
    }

    @Test
    void compareAndMergeAreOfferedOnceGivenAndMergeIsOneUndoableStep() throws IOException {
        List<String> compared = new ArrayList<>();
        fx(() -> editor.files.setDiskConflictActions(new DiskConflictActions() {
            @Override
            public void compare(Design base, Design mine, Design theirs) {
                compared.add(base.title() + "|" + mine.title() + "|" + theirs.title());
            }

            @Override
            public Optional<Design> merge(Design base, Design mine, Design theirs) {
                return Optional.of(new RenameDesign(mine.title() + " + " + theirs.title()).apply(mine));
            }
        }));
        openOurs();
        fx(() -> editor.rename("Mine"));
        theirChange("Theirs");
        fx(editor.files::windowFocused);
        assertEquals(List.of(DiskChoice.RELOAD, DiskChoice.KEEP_MINE, DiskChoice.COMPARE, DiskChoice.MERGE),
                editor.notice.choices);
        fx(() -> editor.notice.press(DiskChoice.COMPARE));
        assertEquals(List.of("Ours|Mine|Theirs"), compared, "base is what was read");
        assertEquals("Mine", editor.document.design().title());

        editor.shared.diskChoices.add(DiskChoice.MERGE);
        assertFalse(editor.files.save(), "a merge is looked at before it is saved");
        assertEquals("Mine + Theirs", editor.document.design().title());
        assertEquals("_Undo Merge with the file on disk", editor.document.undoTextProperty().get());
        assertTrue(editor.files.save(), "their change is in the merge: the save goes on without asking");
        assertEquals("Mine + Theirs", titleOnDisk());
        assertEquals(1, editor.shared.diskQuestions.size());
    }

    @Test
    void aChangeThatCannotBeReadIsSaidAndNothingIsReloaded() throws IOException {
        openOurs();
        Files.writeString(file, "{ half a git merge <<<<<<<");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        fx(editor.files::windowFocused);
        assertEquals("Ours", editor.document.design().title());
        assertTrue(editor.status.get(editor.status.size() - 1).startsWith(
                "central vs local.modesign was changed on disk but cannot be read now"), editor.status::toString);
        assertFalse(editor.document.canUndoProperty().get(), "nothing reloaded");
    }
}
