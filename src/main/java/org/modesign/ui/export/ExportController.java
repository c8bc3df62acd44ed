package org.modesign.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import org.modesign.export.ExportFolds;
import org.modesign.export.ExportFormat;
import org.modesign.export.ExportLabels;
import org.modesign.export.ExportRequest;
import org.modesign.export.ExportResult;
import org.modesign.export.Exporter;
import org.modesign.export.Paper;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.report.ReportFormat;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.fx.ChartLabelsFx;
import org.modesign.ui.fx.StackLabelsFx;
import org.modesign.ui.file.FileNames;
import org.modesign.ui.file.Sentences;

/**
 * File ▸ Export: the chart as PNG, SVG or PDF (after the export dialog), the martech stack as PNG,
 * SVG or PDF, and the tables as CSV, of
 * the scenario being edited, at the phase the views show. Each export runs off the JavaFX thread
 * on the design as it was when asked for; the status bar shows its progress and then where it
 * went; a failure is told in an error dialog. One export at a time.
 */
public final class ExportController {

    /** Asks the user how to export the chart; {@code folded}: whether it has collapsed branches to show or expand. */
    @FunctionalInterface
    interface ChoiceAsker {
        Optional<ExportChoice> ask(ExportChoice start, List<Phase> phases, int selectedCards, boolean folded);
    }

    private final EditorContext context;
    private final ChoiceAsker asker;
    private final Executor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private ExportChoice last;
    private Supplier<ExportFolds> shownFolds = () -> ExportFolds.NONE;
    private Path lastFolder;

    /** Exports for {@code context}; dialogs are owned by {@code windowContent}'s window. */
    public ExportController(EditorContext context, Node windowContent) {
        this(context, (start, phases, cards, folded) -> ExportDialog.ask(
                windowContent.getScene() == null ? null : windowContent.getScene().getWindow(), start, phases, cards,
                folded),
                Executors.newSingleThreadExecutor(ExportController::daemon));
    }

    ExportController(EditorContext context, ChoiceAsker asker, Executor executor) {
        this.context = context;
        this.asker = asker;
        this.executor = executor;
    }

    /**
     * Exports of the chart draw its folded branches as {@code folds} tells (the chart's collapsed
     * cards when asked, and whether it shows them arranged), unless the user asks for everything expanded.
     */
    public ExportController showingFolds(Supplier<ExportFolds> folds) {
        shownFolds = folds;
        return this;
    }

    /** Registers the export actions, enabled while no export runs. */
    public void register() {
        ActionRegistry actions = context.actions();
        var idle = busy.not();
        actions.register(EditorAction.EXPORT_IMAGE, this::exportChart, idle);
        actions.register(EditorAction.EXPORT_ROLES_CSV, () -> exportTable(ExportFormat.ROLES_CSV, "roles"), idle);
        actions.register(EditorAction.EXPORT_RACI_CSV, () -> exportTable(ExportFormat.RACI_CSV, "raci"), idle);
        actions.register(EditorAction.EXPORT_FINDINGS_CSV, () -> exportTable(ExportFormat.FINDINGS_CSV, "findings"),
                idle);
        actions.register(EditorAction.EXPORT_METRICS_CSV, () -> exportTable(ExportFormat.METRICS_CSV, "metrics"),
                idle);
        actions.register(EditorAction.EXPORT_STACK_CSV, () -> exportTable(ExportFormat.STACK_CSV, "stack"), idle);
        actions.register(EditorAction.EXPORT_HIRING_CSV, () -> exportTable(ExportFormat.HIRING_CSV, "hiring"), idle);
        actions.register(EditorAction.EXPORT_STACK_PNG, () -> exportStack(ExportFormat.STACK_PNG, FileType.PNG), idle);
        actions.register(EditorAction.EXPORT_STACK_SVG, () -> exportStack(ExportFormat.STACK_SVG, FileType.SVG), idle);
        actions.register(EditorAction.EXPORT_STACK_PDF, () -> exportStack(ExportFormat.STACK_PDF, FileType.PDF), idle);
        // The plan view's hiring table: every phase's hires, whatever phase the views show.
        actions.register(EditorAction.EXPORT_HIRES_CSV, () -> exportTable(ExportFormat.HIRES_CSV, "hires", null), idle);
        actions.register(EditorAction.EXPORT_PLAN_REPORT, this::exportPlanReport, idle);
    }

    /** Whether an export is running. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** File ▸ Export ▸ Chart: asks how, then where, then exports. */
    void exportChart() {
        Design design = context.document().design();
        String phaseId = context.document().phaseIdProperty().get();
        int selected = context.selection().nodes().size();
        ExportChoice start = last == null ? ExportChoice.initial(phaseId) : last.renewed(phaseId, selected > 0);
        ExportFolds folds = shownFolds.get();
        Optional<ExportChoice> answer = asker.ask(start, design.phases(), selected, folds.any());
        if (answer.isEmpty()) {
            return;
        }
        ExportChoice choice = answer.get();
        last = choice;
        Phase phase = choice.phaseId() == null ? null : design.phase(choice.phaseId()).orElse(null);
        ExportRequest request = ExportRequest.of(choice.format(), design, context.document().scenario())
                .atPhase(phase).withScale(choice.scale()).withPaper(choice.paper())
                .onlyNodes(choice.selectionOnly() ? Set.copyOf(context.selection().nodes()) : null)
                .withFolds(choice.expanded() ? ExportFolds.NONE : folds);
        FileType type = switch (choice.format()) {
            case PNG -> FileType.PNG;
            case SVG -> FileType.SVG;
            default -> FileType.PDF;
        };
        chooseFile(type, suggestedName(phase, null, type)).ifPresent(out -> start(request, out));
    }

    /** File ▸ Export ▸ a table: asks where, then exports it at the phase the views show. */
    void exportTable(ExportFormat format, String table) {
        exportTable(format, table, context.document().phase());
    }

    /** Asks where, then exports the table at {@code phase} (null: every phase). */
    private void exportTable(ExportFormat format, String table, Phase phase) {
        ExportRequest request = ExportRequest.of(format, context.document().design(), context.document().scenario())
                .atPhase(phase);
        chooseFile(FileType.CSV, suggestedName(phase, table, FileType.CSV)).ifPresent(out -> start(request, out));
    }

    /**
     * File ▸ Export ▸ Martech Stack as PNG, SVG or PDF: asks where, then exports the stack landscape
     * at the phase the views show (a PNG at twice the size, sharp on slides; a PDF on the paper last chosen).
     */
    void exportStack(ExportFormat format, FileType type) {
        Phase phase = context.document().phase();
        ExportRequest request = ExportRequest.of(format, context.document().design(), context.document().scenario())
                .atPhase(phase).withScale(format == ExportFormat.STACK_PNG ? 2 : 1)
                .withPaper(last == null ? Paper.A4 : last.paper());
        chooseFile(type, suggestedName(phase, "stack", type)).ifPresent(out -> start(request, out));
    }

    /**
     * File ▸ Export ▸ Plan Report: asks where (a PDF, or one HTML file when the name ends in .html),
     * then writes the report of every scenario; the status bar counts its pages.
     */
    void exportPlanReport() {
        Design design = context.document().design();
        String suggested = baseName() + "-plan" + FileType.PDF.extension();
        chooseFile(FileType.PDF, suggested, PlanReportJob::target).ifPresent(out -> {
                    ReportFormat format = ReportFormat.ofFileName(out.getFileName().toString());
                    PlanReportJob job = new PlanReportJob(design, format, out);
                    String name = out.getFileName().toString();
                    track(job, name);
                    job.setOnSucceeded(e -> {
                        busy.set(false);
                        context.showStatus(job.getValue().pages() > 0
                                ? I18n.tr("report.done.pdf", name, job.getValue().pages())
                                : I18n.tr("report.done.html", name));
                        warn(job.getValue().warnings());
                    });
                    job.setOnFailed(e -> failed(job.getException(), name));
                    executor.execute(job);
                });
    }

    private Optional<Path> chooseFile(FileType type, String suggested) {
        return chooseFile(type, suggested, chosen -> FileNames.withExtension(chosen, type.extension()));
    }

    private Optional<Path> chooseFile(FileType type, String suggested, UnaryOperator<Path> naming) {
        Optional<Path> chosen = context.dialogs().chooseFileToSave(folder(), suggested, type);
        if (chosen.isEmpty()) {
            return chosen;
        }
        Path out = naming.apply(chosen.get());
        if (!out.equals(chosen.get()) && Files.exists(out) && !context.dialogs().confirm(
                I18n.tr("file.replace.title"), I18n.tr("file.replace.message", out.getFileName()))) {
            return Optional.empty();
        }
        lastFolder = out.toAbsolutePath().getParent();
        return Optional.of(out);
    }

    private void start(ExportRequest request, Path out) {
        ExportJob job = new ExportJob(exporter(), request, out);
        String name = out.getFileName().toString();
        track(job, name);
        job.setOnSucceeded(e -> finished(job.getValue(), name));
        job.setOnFailed(e -> failed(job.getException(), name));
        executor.execute(job);
    }

    /** Marks an export running and shows its progress in the status bar. */
    private void track(javafx.concurrent.Task<?> job, String name) {
        busy.set(true);
        context.showStatus(I18n.tr("export.running", name));
        job.progressProperty().addListener((obs, old, p) -> {
            if (job.getTotalWork() > 1 && job.getWorkDone() < job.getTotalWork()) {
                context.showStatus(I18n.tr("export.progress", name, (long) job.getWorkDone(),
                        (long) job.getTotalWork()));
            }
        });
    }

    private void finished(ExportResult result, String name) {
        busy.set(false);
        String done = switch (result.format()) {
            case PDF, STACK_PDF -> I18n.tr("export.donePdf", name, result.pages());
            case PNG, SVG, STACK_PNG, STACK_SVG -> I18n.tr("export.doneChart", name);
            default -> I18n.tr("export.doneTable", name, result.rows());
        };
        context.showStatus(done);
        warn(result.warnings());
    }

    private void warn(List<String> warnings) {
        if (!warnings.isEmpty()) {
            context.dialogs().showInformation(I18n.tr("export.warning.title"), String.join("\n\n", warnings));
        }
    }

    private void failed(Throwable error, String name) {
        busy.set(false);
        context.showStatus(I18n.tr("export.failed.status", name));
        String message = error instanceof IOException ? Sentences.sentence(Sentences.reason(error))
                : I18n.tr("export.failed.unexpected", name);
        context.dialogs().showError(I18n.tr("export.failed.title"), message);
    }

    /** An exporter that writes the editor's language (made per export: the language may change). */
    private static Exporter exporter() {
        return new Exporter(ChartLabelsFx.create(), new ExportLabels(
                key -> I18n.has(key) ? I18n.bundle().getString(key) : null, I18n.bundle().getLocale()),
                StackLabelsFx.create());
    }

    /** "design-scenario[-phase][-table].ext", from the design's file name or else its title. */
    private String suggestedName(Phase phase, String table, FileType type) {
        StringBuilder name = new StringBuilder(baseName()).append('-').append(context.document().scenario().id());
        if (phase != null) {
            name.append('-').append(phase.id());
        }
        if (table != null) {
            name.append('-').append(table);
        }
        return name.append(type.extension()).toString();
    }

    /** The design's file name without ".modesign", or else a name made of its title. */
    private String baseName() {
        Path file = context.document().fileProperty().get();
        return file != null ? file.getFileName().toString().replaceFirst("\\.modesign$", "")
                : FileNames.fromTitle(context.document().design().title());
    }

    /** Where the file chooser starts: the last export's folder, else the design's. */
    private Path folder() {
        if (lastFolder != null) {
            return lastFolder;
        }
        Path file = context.document().fileProperty().get();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "modesign-export");
        thread.setDaemon(true);
        return thread;
    }
}
