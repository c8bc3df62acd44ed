package org.modesign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.modesign.edit.RenameDesign;
import org.modesign.format.DesignWriter;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Problem;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.BenchFiles;
import org.modesign.ui.file.FileController;

/**
 * How long File ▸ Save of a large design keeps the JavaFX thread from the window: the design of
 * {@code generate --roles 50000} (by default) is open from its file, renamed, and saved, while a
 * label changes on every pulse and another thread asks the JavaFX thread for a trivial answer every
 * 5 ms. Printed per save: the save's wall time, the longest gap between two pulses (the time the
 * window could not repaint) and the longest wait of such a question (the time the JavaFX thread
 * handled no event). "before": every design written on the JavaFX thread, as saves were before
 * large ones went to the background; "after": as the editor saves now. Both look at the file for
 * changes on disk before the save and fingerprint it after, off the JavaFX thread. "Save As" saves
 * to a new file each time (the dialog answered at once).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.SaveBenchmark [roles] [runs]}
 */
public final class SaveBenchmark {

    private static final long SAVE_SECONDS = 120;

    private SaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        FxBench.start();
        Platform.setImplicitExit(false); // one stage after another
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 1, 1));
        Path dir = Files.createTempDirectory("save-bench");
        Path file = dir.resolve("large.modesign");
        new DesignWriter().save(design, file);
        System.out.printf("Save of %d roles (%,d bytes), %d saves after a warm-up, %d processors%n", roles,
                Files.size(file), runs, Runtime.getRuntime().availableProcessors());
        measure("before, Save   ", design, file, dir, runs, false, false);
        measure("after,  Save   ", design, file, dir, runs, true, false);
        measure("after,  Save As", design, file, dir, runs, true, true);
        Platform.exit();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void measure(String name, Design design, Path file, Path dir, int runs, boolean inBackground,
            boolean saveAs) throws Exception {
        List<Long> pulses = new ArrayList<>(); // touched on the JavaFX thread only
        List<String> status = new ArrayList<>();
        Label frame = new Label();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(System.nanoTime());
                frame.setText("pulse " + pulses.size());
            }
        };
        Stage stage = FxBench.onFx(Stage::new);
        EditorContext context = FxBench.onFx(() -> {
            EditorContext editor = new EditorContext(new DocumentModel(design, file), new SaveAsDialogs(dir));
            editor.setStatusMessages(status::add);
            return editor;
        });
        FileController files = FxBench.onFx(() -> {
            FileController controller = BenchFiles.controller(context, dir.resolve("recovery"), inBackground);
            controller.startedWith(file);
            stage.setScene(new Scene(new VBox(frame), 400, 100));
            stage.show();
            timer.start();
            return controller;
        });
        double[] wall = new double[runs];
        double[] gap = new double[runs];
        double[] wait = new double[runs];
        for (int i = 0; i <= runs; i++) {
            int run = i;
            FxBench.onFx(() -> context.edit(new RenameDesign("Run " + run)));
            Thread.sleep(200); // a few quiet pulses before the save
            Pinger pinger = new Pinger();
            pinger.start();
            long[] span = new long[2];
            AtomicBoolean saved = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                span[0] = System.nanoTime();
                saved.set(saveAs ? files.saveAs() : files.save());
                span[1] = System.nanoTime();
                done.countDown();
            });
            if (!done.await(SAVE_SECONDS, TimeUnit.SECONDS) || !saved.get()) {
                throw new IllegalStateException("the save did not end, or failed");
            }
            Thread.sleep(200); // the first pulse after the save
            pinger.stop();
            double longestGap = FxBench.onFx(() -> longestGap(pulses, span[0], span[1]));
            if (run > 0) {
                wall[run - 1] = (span[1] - span[0]) / 1e6;
                gap[run - 1] = longestGap;
                wait[run - 1] = pinger.longest.get() / 1e6;
            }
        }
        FxBench.onFx(() -> {
            timer.stop();
            stage.close();
            files.close();
            return null;
        });
        boolean told = FxBench.onFx(() -> status.stream().anyMatch(s -> s.startsWith("Saving ")));
        System.out.printf("%s save %s ms | longest gap between pulses %s ms | longest wait for the JavaFX "
                + "thread %s ms | status said \"Saving…\": %s%n", name, FxBench.rounded(wall), FxBench.rounded(gap),
                FxBench.rounded(wait), told);
        System.out.printf("%s medians: save %.0f ms, gap %.0f ms, wait %.0f ms%n", name, FxBench.median(wall),
                FxBench.median(gap), FxBench.median(wait));
    }

    /** The longest time between two pulses from the last pulse before {@code start} to the first after {@code end}. */
    private static double longestGap(List<Long> pulses, long start, long end) {
        long longest = 0;
        for (int i = 1; i < pulses.size(); i++) {
            long previous = pulses.get(i - 1);
            long next = pulses.get(i);
            if (next >= start && previous <= end) {
                longest = Math.max(longest, next - previous);
            }
        }
        return longest / 1e6;
    }

    /** Dialogs that answer Save As with a new file in {@code dir} each time, and nothing else. */
    private static final class SaveAsDialogs implements DialogService {
        private final DialogService none = new BenchDialogs();
        private final Path dir;
        private int copies;

        SaveAsDialogs(Path dir) {
            this.dir = dir;
        }

        @Override
        public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type) {
            return Optional.of(dir.resolve("copy-" + ++copies + ".modesign"));
        }

        @Override
        public Optional<Path> chooseFileToOpen(Path initialFolder, FileType type) {
            return none.chooseFileToOpen(initialFolder, type);
        }

        @Override
        public SaveChoice askToSaveChanges(String designTitle) {
            return none.askToSaveChanges(designTitle);
        }

        @Override
        public void showProblems(Path file, List<Problem> problems) {
            throw new IllegalStateException("problems with " + file);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }
    }

    /** Asks the JavaFX thread for nothing every 5 ms and notes the longest wait for the answer. */
    private static final class Pinger {
        final AtomicLong longest = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "save-bench-ping");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void run() {
            while (running) {
                CountDownLatch answered = new CountDownLatch(1);
                long asked = System.nanoTime();
                Platform.runLater(answered::countDown);
                try {
                    answered.await();
                    longest.accumulateAndGet(System.nanoTime() - asked, Math::max);
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
