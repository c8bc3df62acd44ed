package org.modesign.ui.shell;

import static org.modesign.ui.action.EditorAction.*;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.modesign.analysis.Rule;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.AlternateKeys;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartActions;
import org.modesign.ui.changes.Changes;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.canvas.ToolDrops;
import org.modesign.ui.compare.CompareView;
import org.modesign.ui.export.ExportController;
import org.modesign.export.ExportFolds;
import org.modesign.ui.findings.AddRoleQuickFix;
import org.modesign.ui.findings.FindingNavigator;
import org.modesign.ui.findings.FindingsPanel;
import org.modesign.ui.findings.QuickFixes;
import org.modesign.ui.findings.ShowInChart;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.importer.ImportRolesController;
import org.modesign.ui.matrix.RaciMatrixView;
import org.modesign.ui.outline.OutlineDock;
import org.modesign.ui.palette.NewCards;
import org.modesign.ui.palette.PaletteView;
import org.modesign.ui.palette.ToolsSection;
import org.modesign.ui.phase.PhaseBar;
import org.modesign.ui.phase.PhaseGoalLine;
import org.modesign.ui.plan.PlanDialog;
import org.modesign.ui.charter.CharterWindow;
import org.modesign.ui.planview.PlanView;
import org.modesign.ui.scenario.ScenarioActions;
import org.modesign.ui.scenario.ScenarioTabs;
import org.modesign.ui.stack.StackQuickFixes;
import org.modesign.ui.stack.StackView;
import org.modesign.ui.workspace.Workspace;
import org.modesign.ui.workspace.WorkspaceView;
import org.modesign.ui.chartmenu.CardActions;
import org.modesign.ui.chartmenu.ChartContextMenu;
import org.modesign.ui.chartmenu.ReportTo;
import org.modesign.ui.find.FindController;
import org.modesign.ui.help.FirstStartGuide;
import org.modesign.ui.help.HelpActions;
import org.modesign.ui.overview.OverviewMap;

/**
 * The editor's window content: menus and toolbar on top, the palette on the left, the chart in
 * the middle, the inspector on the right and the status bar below.
 */
public final class MainWindow {

    private final EditorContext context;
    private final ChartView chart;
    private final BorderPane root = new BorderPane();
    private final StatusBar status;
    private final Workspace workspace = new Workspace();
    private FindingsPanel findings;
    private ShowInChart showInChart;
    private Changes changes;
    private FindController find;
    private ChartContextMenu contextMenu;
    private ChartArea chartArea;
    private ChartPane chartPane;
    /** The inspector, with the first-start guide above it while it is shown. */
    private final javafx.scene.layout.BorderPane right = new javafx.scene.layout.BorderPane();
    private javafx.scene.control.MenuBar menuBar;
    private OutlineDock outlineDock;

    /** The window, with {@code viewMenus} (View ▸ Language, Theme, Text Size; none in tests) ending the View menu. */
    public MainWindow(EditorContext context, Node inspector, Menu recentFiles, Menu... viewMenus) {
        this.context = context;
        // First, so that after an edit the analysis runs on its thread while the views catch up.
        context.document().designProperty().addListener((obs, old, d) -> analyse());
        context.document().scenarioIdProperty().addListener((obs, old, id) -> analyse());
        analyse();
        chart = new ChartView(context);
        status = new StatusBar(context);
        status.scaleProperty().bind(chart.scaleProperty());
        NewCards cards = new NewCards(context);
        chart.acceptPaletteDrops(cards);
        new ChartActions(context, chart).register();
        InspectorLink.link(context, chart, inspector);
        new ExportController(context, root).showingFolds(() -> new ExportFolds(chart.folds().collapsedIds(),
                chart.folds().showsArranged())).register();
        new ImportRolesController(context, () -> root.getScene() == null ? null : root.getScene().getWindow());
        hookFindMenusAndHelp(cards);
        PaletteView palette = new PaletteView(chart::setPaletteDrag, item -> chart.addAtCentre(cards, item));
        palette.follow(context.look());
        ActionRegistry actions = context.actions();
        PhaseBar phases = new PhaseBar(context);
        actions.register(PREVIOUS_PHASE, () -> phases.step(-1));
        actions.register(NEXT_PHASE, () -> phases.step(1));
        new PlanDialog(context, () -> root.getScene() == null ? null : root.getScene().getWindow()).register();
        new CharterWindow(context, () -> root.getScene() == null ? null : root.getScene().getWindow()).register();
        palette.addSection(new ToolsSection(context, new ToolDrops(chart, context)::setDrag));
        ScrollPane left = new ScrollPane(palette);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("edge-to-edge");
        root.setLeft(left);
        // The palette and legend serve the chart alone: the other views take the window's width.
        workspace.currentProperty().addListener((obs, old, view) -> root.setLeft(view == WorkspaceView.CHART ? left
                : null));
        registerViews(actions);
        BorderPane centre = new BorderPane(centre(actions));
        centre.setTop(scenarioTabs(actions));
        changes = new Changes(context, chart, centre::setRight, () -> workspace.show(WorkspaceView.CHART),
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        changes.register();
        outlineDock = new OutlineDock(context, chart, centre);
        root.setCenter(outlineDock.node());
        // Last, so that every action is registered before its menu item and button are made.
        menuBar = MenuBarFactory.create(actions, recentFiles, viewMenus);
        root.setTop(new VBox(menuBar, toolBar(actions), phases));
        right.setCenter(inspector);
        root.setRight(right);
        root.setBottom(status);
    }

    /**
     * Find, the context menus, the card commands, the overview map and Help (branch find-menus):
     * each in its own class, hooked in here. The chart shows in {@link ChartArea}, under the find
     * bar and the overview map.
     */
    private void hookFindMenusAndHelp(NewCards cards) {
        ActionRegistry actions = context.actions();
        new CardActions(context).register();
        new ReportTo(context, () -> root.getScene() == null ? null : root.getScene().getWindow()).register();
        contextMenu = new ChartContextMenu(context, chart, cards);
        contextMenu.install();
        find = new FindController(context, chart, () -> {
            if (workspace.currentProperty().get() != WorkspaceView.CHART) {
                workspace.show(WorkspaceView.CHART);
            }
        });
        find.register();
        OverviewMap overview = new OverviewMap(context, chart);
        actions.register(TOGGLE_OVERVIEW, overview::toggle);
        HelpActions help = new HelpActions(context, () -> menuBar,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        help.register();
        help.questionMarkOn(chart);
        chartArea = new ChartArea(chart, overview, find.bar());
        find.setReveal(chart.folds()::reveal);
        contextMenu.setBranchItems(id -> chart.folds().canFold(id)
                ? List.of(actions.menuItem(chart.folds().isCollapsed(id) ? EXPAND : COLLAPSE),
                        actions.menuItem(COLLAPSE_ALL_BELOW), actions.menuItem(EXPAND_ALL))
                : List.of());
    }

    /** Shows the first-start guide over the chart unless the user dismissed it before. */
    public void offerFirstStartGuide(java.util.prefs.Preferences preferences) {
        FirstStartGuide guide = new FirstStartGuide(preferences, () -> context.actions().run(SHOW_SHORTCUTS));
        if (guide.isVisible()) {
            right.setTop(guide); // beside the chart, not over its cards
        }
    }

    /** The chart's context menus: where collapse and expand join the card menu ({@code setBranchItems}). */
    public ChartContextMenu contextMenu() {
        return contextMenu;
    }

    /** Find (Ctrl+F): where the lead sets the {@code Reveal} that expands folded branches. */
    public FindController find() {
        return find;
    }

    /** The scenario tabs and the Scenario menu's actions, which work on the scenario shown. */
    private ScenarioTabs scenarioTabs(ActionRegistry actions) {
        ScenarioActions scenarios = new ScenarioActions(context);
        actions.register(NEW_SCENARIO, scenarios::addNew);
        actions.register(DUPLICATE_SCENARIO, () -> scenarios.duplicate(context.document().scenario().id()));
        actions.register(RENAME_SCENARIO, () -> scenarios.rename(context.document().scenario().id()));
        actions.register(DELETE_SCENARIO, () -> scenarios.delete(context.document().scenario().id()));
        return new ScenarioTabs(context, scenarios);
    }

    /** The workspace over the findings panel, which Shortcut+Shift+F shows and hides. */
    private SplitPane centre(ActionRegistry actions) {
        ShowInChart show = new ShowInChart(context, workspace, chart, this::revealCapability);
        showInChart = show;
        QuickFixes addRole = new AddRoleQuickFix(context, id -> show.cards(List.of(id)));
        QuickFixes stackFixes = new StackQuickFixes(context, this::revealDeployment);
        FindingNavigator navigator = f -> {
            if (f.rule() == Rule.TOOL_WITHOUT_OWNER && f.tool() != null) {
                revealDeployment(f.tool(), f.region());
            } else {
                show.show(f);
            }
        };
        findings = new FindingsPanel(context, navigator, f -> addRole.fixFor(f).or(() -> stackFixes.fixFor(f)));
        SplitPane split = new SplitPane(workspace.pane(), findings);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(findings, false);
        actions.register(SHOW_FINDINGS, () -> {
            if (split.getItems().remove(findings)) {
                chart.requestFocus();
            } else {
                split.getItems().add(findings);
                split.setDividerPositions(0.78);
                findings.tree().requestFocus();
            }
        });
        return split;
    }

    /** Shows the deployment of {@code tool} in {@code region} in the stack view, chosen. */
    private void revealDeployment(String tool, String region) {
        workspace.show(WorkspaceView.STACK);
        ((StackView) workspace.madeView(WorkspaceView.STACK)).showDeployment(tool, region);
    }

    /** Shows capability {@code id}'s row in the RACI matrix. */
    private void revealCapability(String id) {
        workspace.show(WorkspaceView.MATRIX);
        ((RaciMatrixView) workspace.madeView(WorkspaceView.MATRIX)).revealCapability(id);
    }

    /** The views of the centre and the actions that switch between them; the chart shows first. */
    private void registerViews(ActionRegistry actions) {
        chartPane = new ChartPane(chartArea, chart, new PhaseGoalLine(context));
        workspace.register(WorkspaceView.CHART, () -> chartPane);
        workspace.register(WorkspaceView.MATRIX, () -> new RaciMatrixView(context));
        workspace.register(WorkspaceView.COMPARE, () -> new CompareView(context));
        workspace.register(WorkspaceView.STACK, () -> new StackView(context));
        workspace.register(WorkspaceView.PLAN, () -> new PlanView(context, ids -> showInChart.cards(ids)));
        actions.register(SHOW_CHART, () -> workspace.show(WorkspaceView.CHART));
        actions.register(SHOW_MATRIX, () -> workspace.show(WorkspaceView.MATRIX));
        actions.register(SHOW_COMPARE, () -> workspace.show(WorkspaceView.COMPARE));
        actions.register(SHOW_STACK, () -> workspace.show(WorkspaceView.STACK));
        actions.register(SHOW_PLAN, () -> workspace.show(WorkspaceView.PLAN));
        workspace.show(WorkspaceView.CHART);
    }

    private void analyse() {
        context.analysis().request(context.document().design(), context.document().scenario().id());
    }

    private ToolBar toolBar(ActionRegistry actions) {
        return new ToolBar(actions.button(NEW), actions.button(OPEN), actions.button(SAVE),
                new Separator(Orientation.VERTICAL), actions.button(UNDO), actions.button(REDO),
                new Separator(Orientation.VERTICAL), actions.button(DUPLICATE), actions.button(DELETE),
                new Separator(Orientation.VERTICAL), actions.button(ARRANGE), actions.button(ZOOM_OUT),
                actions.button(ZOOM_IN), actions.button(ZOOM_FIT),
                new Separator(Orientation.VERTICAL), actions.button(SHOW_CHART), actions.button(SHOW_MATRIX),
                actions.button(SHOW_COMPARE), actions.button(SHOW_STACK), actions.button(SHOW_PLAN));
    }

    /** The window's scene, with the shortcuts that have no menu item of their own. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        for (AlternateKeys.AlternateKey key : AlternateKeys.all()) {
            scene.getAccelerators().put(key.keys(), () -> actionsRun(key.action()));
        }
        return scene;
    }

    private void actionsRun(org.modesign.ui.action.EditorAction action) {
        context.actions().run(action);
    }

    /** Prepares the views a user opens next off screen, in idle time after start-up (see {@link ViewWarmUp}). */
    public void warmUpViews() {
        ViewWarmUp.stack(workspace, root.getScene());
    }

    public ChartView chart() {
        return chart;
    }

    /** The findings panel under the workspace. */
    public FindingsPanel findingsPanel() {
        return findings;
    }

    /** The centre of the window, where the chart, the matrix and the comparison take turns. */
    public Workspace workspace() {
        return workspace;
    }

    /** Compare with a file or the last saved version, and merge (see {@link Changes}). */
    public Changes changes() {
        return changes;
    }

    /** The outline beside the chart (View ▸ Outline). */
    public OutlineDock outline() {
        return outlineDock;
    }

    public StatusBar statusBar() {
        return status;
    }

    /** Gives the chart the keyboard focus, so shortcuts work at once. */
    public void focusChart() {
        chart.requestFocus();
    }
}
