package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.ui.action.EditorAction;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving a large design writes it on a background thread while the window stays usable: the
 * JavaFX thread keeps handling events, the status bar says the design is being saved, edits made
 * meanwhile stay unsaved, a second save writes nothing, and a failed write is told as before. Every
 * design counts as large here, and the writer waits for the test to let it finish.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundSaveTest {

    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    private Editor editor;
    private Path file;
    /** Counted down by the writer once it runs; it then waits for {@link #release}. */
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicReference<Thread> writer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"), null, "tester", null,
                new BackgroundSave(s -> editor.status.add(s), 0, task -> {
                    Thread t = new Thread(task, "test-save");
                    t.setDaemon(true);
                    t.start();
                }));
        file = dir.resolve("plan.modesign");
    }

    /** The writer from now on: notes its thread, says it runs, waits to be let go, then writes or fails with {@code failure}. */
    private void holdTheWriter(Exception failure) {
        holdTheWriter(failure, false);
    }

    /** As above; {@code writeFirst}: writes the file before it waits. */
    private void holdTheWriter(Exception failure, boolean writeFirst) {
        editor.writes = (design, target) -> {
            if (writeFirst) {
                new DesignWriter().save(design, target);
            }
            writes.incrementAndGet();
            writer.set(Thread.currentThread());
            writing.countDown();
            try {
                if (!release.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("the test never let the write go on");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            new DesignWriter().save(design, target);
        };
    }

    /** Opens a design titled "Ours" from the file, then renames it "Mine" (unsaved). */
    private void openOursAndEdit() throws IOException {
        editor.openSaved(FileController.untitledDesign().withTitle("Ours"), file);
        fx(() -> editor.rename("Mine"));
    }

    /** Presses Save on the JavaFX thread and waits until the held writer runs. */
    private Future<Boolean> saveUntilWriting() throws Exception {
        Future<Boolean> saving = WaitForAsyncUtils.asyncFx(editor.files::save);
        assertTrue(writing.await(WAIT_SECONDS, TimeUnit.SECONDS), "the write started");
        return saving;
    }

    private String titleOnDisk() {
        return new DesignReader().read(file).design().title();
    }

    private static <T> T onFx(Callable<T> question) throws Exception {
        return WaitForAsyncUtils.asyncFx(question).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private List<String> status() throws Exception {
        return onFx(() -> List.copyOf(editor.status));
    }

    @Test
    void theWindowKeepsHandlingEventsWhileALargeDesignIsWritten() throws Exception {
        openOursAndEdit();
        holdTheWriter(null);
        Future<Boolean> saving = saveUntilWriting();

        assertNotSame(onFx(Thread::currentThread), writer.get(), "written off the JavaFX thread");
        CountDownLatch handled = new CountDownLatch(1);
        Platform.runLater(handled::countDown);
        assertTrue(handled.await(WAIT_SECONDS, TimeUnit.SECONDS), "an event posted during the save is handled");
        assertFalse(saving.isDone(), "the save still waits for its write");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> status().contains("Saving plan.modesign…"));
        assertFalse(onFx(() -> editor.context.actions().isEnabled(EditorAction.SAVE)), "no second save meanwhile");
        assertFalse(onFx(() -> editor.context.actions().isEnabled(EditorAction.SAVE_AS)));
        assertFalse(onFx(() -> editor.context.actions().isEnabled(EditorAction.OPEN)));
        assertFalse(onFx(() -> editor.context.actions().isEnabled(EditorAction.NEW)));
        assertTrue(onFx(() -> editor.files.busyProperty().get()));

        release.countDown();
        assertTrue(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("Mine", titleOnDisk());
        assertFalse(onFx(editor::dirty));
        assertEquals("Saved plan.modesign", status().get(status().size() - 1));
        assertFalse(status().contains(""), "\"Saving …\" is replaced by \"Saved …\", not cleared first");
        assertTrue(onFx(() -> editor.context.actions().isEnabled(EditorAction.SAVE)));
        assertFalse(onFx(() -> editor.files.busyProperty().get()));
        assertFalse(Files.exists(editor.recovery.designFile()), "nothing left to recover");
    }

    @Test
    void anEditMadeWhileTheDesignIsWrittenStaysUnsaved() throws Exception {
        openOursAndEdit();
        holdTheWriter(null);
        Design pressed = onFx(editor.document::design);
        Future<Boolean> saving = saveUntilWriting();

        fx(() -> editor.rename("Mine, edited while saving"));
        release.countDown();
        assertTrue(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));

        assertEquals("Mine", titleOnDisk(), "the design as it was when Save was pressed");
        assertTrue(onFx(editor::dirty), "the later edit is not saved");
        assertEquals("MOdesign — Mine, edited while saving •", onFx(() -> editor.files.titleBinding().get()));
        assertEquals("Mine, edited while saving",
                new DesignReader().read(editor.recovery.designFile()).design().title(), "kept for recovery");
        fx(editor.document::undo);
        assertSame(pressed, onFx(editor.document::design));
        assertFalse(onFx(editor::dirty), "back at what the file holds");
    }

    @Test
    void theFileChangingUnderTheSaveIsNotTakenForAChangeByOthers() throws Exception {
        openOursAndEdit();
        holdTheWriter(null, true);
        Future<Boolean> saving = saveUntilWriting();
        assertEquals("Mine", titleOnDisk(), "written, the save not yet over");

        fx(editor.files::windowFocused);
        assertEquals(0, editor.notice.shown, "no bar saying the file changed on disk");
        release.countDown();
        assertTrue(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        fx(editor.files::windowFocused);
        assertEquals(0, editor.notice.shown);
        assertFalse(onFx(editor::dirty));
    }

    @Test
    void closingTheWindowDuringTheWriteQuitsOnceTheSaveIsDone() throws Exception {
        openOursAndEdit();
        holdTheWriter(null);
        AtomicInteger quits = new AtomicInteger();
        fx(() -> editor.files.setOnQuit(quits::incrementAndGet));
        Future<Boolean> saving = saveUntilWriting();

        assertFalse(onFx(editor.files::confirmClose), "the window stays while the file is written");
        assertFalse(onFx(editor.files::confirmClose), "asked twice");
        assertTrue(status().contains("MOdesign closes once the save is done."), status().toString());
        assertEquals(0, quits.get());
        release.countDown();
        assertTrue(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> quits.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, quits.get(), "quit once, with nothing left unsaved to ask about");
        assertEquals("Mine", titleOnDisk());
    }

    @Test
    void aSecondSaveDuringTheWriteWritesNothing() throws Exception {
        openOursAndEdit();
        holdTheWriter(null);
        Future<Boolean> saving = saveUntilWriting();

        assertFalse(onFx(editor.files::save));
        assertFalse(onFx(editor.files::saveAs), "not even asking for a file");
        release.countDown();
        assertTrue(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, writes.get());
        assertEquals(List.of(), editor.dialogs.suggestedNames);
    }

    @Test
    void aWriteThatFailsInTheBackgroundIsToldAndMarksNothingSaved() throws Exception {
        openOursAndEdit();
        holdTheWriter(new IOException("the disk is full"));
        Future<Boolean> saving = saveUntilWriting();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> status().contains("Saving plan.modesign…"));
        release.countDown();

        assertFalse(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(onFx(editor::dirty));
        assertEquals(List.of(new FakeDialogs.Message("Could Not Save", "The disk is full. Your changes are kept: "
                + "the design stays unsaved, and a copy is kept for recovery.")), editor.dialogs.errors);
        assertEquals("Ours", titleOnDisk());
        assertEquals("Mine", new DesignReader().read(editor.recovery.designFile()).design().title());
        assertFalse(status().contains("Saved plan.modesign"));
        assertEquals("", status().get(status().size() - 1), "no longer saying it saves");
        assertTrue(onFx(() -> editor.context.actions().isEnabled(EditorAction.SAVE)));
    }

    @Test
    void anUncheckedFailureInTheBackgroundIsToldWithoutAStackTrace() throws Exception {
        openOursAndEdit();
        holdTheWriter(new IllegalStateException("the design has more than 200,000 nodes"));
        Future<Boolean> saving = saveUntilWriting();
        release.countDown();

        assertFalse(saving.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(onFx(editor::dirty));
        String message = editor.dialogs.errors.get(0).text();
        assertTrue(message.startsWith("The design has more than 200,000 nodes. Your changes are kept"), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertEquals("Ours", titleOnDisk());
    }

    @Test
    void onlyADesignOverTheThresholdIsWrittenInTheBackground() throws Exception {
        AtomicReference<Thread> written = new AtomicReference<>();
        AtomicBoolean busyWhileWriting = new AtomicBoolean();
        Editor ordinary = onFx(() -> new Editor(dir.resolve("recovery2")));
        ordinary.writes = (design, target) -> {
            written.set(Thread.currentThread());
            busyWhileWriting.set(ordinary.files.busyProperty().get());
            new DesignWriter().save(design, target);
        };
        Design large = DesignGenerator.generate(new GeneratorSpec(1_500, 3, 3, 22, 1, 7));
        assertTrue(BackgroundSave.size(large) > BackgroundSave.BACKGROUND_THRESHOLD);
        assertTrue(BackgroundSave.size(FileController.untitledDesign()) <= BackgroundSave.BACKGROUND_THRESHOLD);
        Path small = dir.resolve("small.modesign");
        Path big = dir.resolve("large.modesign");

        ordinary.openSaved(FileController.untitledDesign().withTitle("Small"), small);
        fx(() -> ordinary.rename("Small, renamed"));
        assertTrue(onFx(ordinary.files::save));
        assertSame(onFx(Thread::currentThread), written.get(), "a small design is written at once");

        ordinary.openSaved(large, big);
        fx(() -> ordinary.rename("Large, renamed"));
        assertTrue(onFx(ordinary.files::save));
        assertNotSame(onFx(Thread::currentThread), written.get(), "a large one in the background");
        assertTrue(busyWhileWriting.get());
        assertEquals("Large, renamed", new DesignReader().read(big).design().title());
        assertFalse(onFx(ordinary::dirty));
    }
}
