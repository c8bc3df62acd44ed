package org.modesign.ui.planview;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.modesign.model.Design;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.analysis.PlanFigures;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The plan view (Ctrl+5): the transition plan of the scenario shown, phase by phase (goal and
 * objectives, hires, roles added and ended, FTE changes, who became accountable, tools deployed
 * and retired, findings new and resolved), beside it the budget per phase and the hiring plan.
 * Choosing an entry selects its cards. The plan is worked out by the core off the JavaFX thread
 * from the live analysis' result, after every edit and undo while the view is shown (when hidden,
 * once it is shown again); the phase the views show is highlighted.
 */
public final class PlanView extends BorderPane {

    private final EditorContext context;
    private final PlanService service = new PlanService();
    private final PlanList list;
    private final BudgetPane budget;
    private final HiringTable hiring;
    private final Label title = text("", "plan-title");
    private final Label failure = wrapping("", Styles.DANGER);
    private final Set<PlanRows.GroupKey> expanded = new HashSet<>();
    private final ReadOnlyObjectWrapper<PlanFigures> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private PlanWords words;
    private boolean stale = true;

    /** The view of {@code context}'s document; {@code showInChart} selects cards and shows them in the chart. */
    public PlanView(EditorContext context, Consumer<List<String>> showInChart) {
        this.context = context;
        getStyleClass().add("plan-view");
        getStylesheets().add(PlanView.class.getResource("PlanView.css").toExternalForm());
        Consumer<List<String>> select = ids -> context.selection().selectNodes(ids);
        list = new PlanList(new PlanList.Handler() {
            @Override
            public void select(List<String> cards) {
                select.accept(cards);
            }

            @Override
            public void show(List<String> cards) {
                showInChart.accept(cards);
            }

            @Override
            public void showPhase(String phase) {
                context.document().phaseIdProperty().set(phase);
            }

            @Override
            public void toggle(PlanRow.More more) {
                PlanRows.GroupKey key = new PlanRows.GroupKey(more.phase(), more.group());
                if (!expanded.remove(key)) {
                    expanded.add(key);
                }
                rows();
            }
        });
        budget = new BudgetPane(phase -> context.document().phaseIdProperty().set(phase));
        hiring = new HiringTable(select, showInChart, () -> context.actions().run(EditorAction.EXPORT_HIRES_CSV));
        setTop(header());
        setCenter(body());
        context.analysis().resultProperty().addListener((obs, old, result) -> request());
        context.document().phaseIdProperty().addListener((obs, old, phase) -> phaseShown());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && stale) {
                request();
            }
        });
        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> failed(service.getException()));
        request();
    }

    /** The keyboard goes to the plan list (arrow keys choose entries, Enter shows them in the chart). */
    @Override
    public void requestFocus() {
        list.view().requestFocus();
    }

    /** The plan on display (null until the first one is worked out). */
    public ReadOnlyObjectProperty<PlanFigures> figuresProperty() {
        return shown.getReadOnlyProperty();
    }

    private VBox header() {
        Label hint = wrapping(I18n.tr("planview.hint"), "plan-muted", "plan-hint");
        VBox header = new VBox(2, title, hint);
        header.setPadding(new Insets(6, 12, 6, 12));
        header.getStyleClass().add("plan-header");
        return header;
    }

    /** The plan beside the budget, over the hiring plan (which wants the whole width for its columns). */
    private StackPane body() {
        VBox side = new VBox(12, budget);
        side.setPadding(new Insets(8, 6, 8, 8));
        side.getStyleClass().add("plan-side");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("plan-side");
        scroll.setMinWidth(300);
        SplitPane top = new SplitPane(list.view(), scroll);
        top.setOrientation(Orientation.HORIZONTAL);
        top.setDividerPositions(0.52);
        hiring.setPadding(new Insets(8, 12, 8, 12));
        SplitPane split = new SplitPane(top, hiring);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("plan-progress");
        progress.setMaxSize(56, 56);
        progress.visibleProperty().bind(service.runningProperty());
        // A hidden spinner keeps turning (a tenth of a core, drawn 60 times a second): it goes once a plan is shown.
        shown.addListener((obs, old, plan) -> {
            if (plan != null && progress.getParent() instanceof StackPane pane) {
                progress.visibleProperty().unbind();
                pane.getChildren().remove(progress);
            }
        });
        failure.setVisible(false);
        failure.setMaxSize(480, Region.USE_PREF_SIZE);
        return new StackPane(split, failure, progress);
    }

    /** Works out the plan of the newest analysis when shown; a hidden view does so once shown again. */
    private void request() {
        if (getScene() == null) {
            stale = true;
            return;
        }
        stale = false;
        AnalysisResult result = context.analysis().resultProperty().get();
        if (result != null) {
            service.plan(result, expanded);
        }
    }

    private void show(PlanService.Prepared prepared) {
        failure.setVisible(false);
        PlanFigures figures = prepared.figures();
        Design design = figures.design();
        words = prepared.words();
        title.setText(I18n.tr("planview.title", design.scenario(figures.scenario()).orElseThrow().name()));
        String phase = context.document().phaseIdProperty().get();
        String current = phase != null && design.phase(phase).isPresent() ? phase : null;
        // A group shown whole or short while the plan was worked out: the rows again, as the user wants them.
        list.setRows(prepared.expanded().equals(expanded) ? prepared.rows() : PlanRows.of(figures, words, expanded));
        list.setCurrentPhase(current);
        budget.show(figures.metrics(), design, current);
        hiring.show(figures.hires(), words, current);
        shown.set(figures);
    }

    private void rows() {
        PlanFigures figures = shown.get();
        if (figures != null) {
            list.setRows(PlanRows.of(figures, words, expanded));
        }
    }

    /** The phase the views show, if the plan on display has it. */
    private String currentPhase() {
        String phase = context.document().phaseIdProperty().get();
        PlanFigures figures = shown.get();
        return figures != null && phase != null && figures.design().phase(phase).isPresent() ? phase : null;
    }

    private void phaseShown() {
        PlanFigures figures = shown.get();
        if (figures == null) {
            return;
        }
        String phase = currentPhase();
        list.setCurrentPhase(phase);
        budget.show(figures.metrics(), figures.design(), phase);
        hiring.setCurrentPhase(phase);
    }

    private void failed(Throwable e) {
        service.forget();
        String reason = e == null || e.getMessage() == null ? "" : e.getMessage();
        failure.setText(I18n.tr("planview.failed", reason));
        failure.setVisible(true);
    }

    /** A label that is always as wide as its text. */
    static Label text(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A label that wraps its text onto more lines when narrower than it. */
    static Label wrapping(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
