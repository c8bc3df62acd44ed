package org.modesign.ui.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.StackIndex;
import org.modesign.analysis.Severity;
import org.modesign.edit.DeployTool;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;
import org.modesign.render.StackChip;
import org.modesign.render.StackScene;
import org.modesign.stack.StackLabels;
import org.modesign.stack.StackLandscape;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.fx.StackLabelsFx;
import org.modesign.ui.form.Money;
import org.modesign.ui.i18n.I18n;

/**
 * The martech stack of the current scenario (Ctrl+4), in the phase the phase bar shows: the
 * landscape (rows by layer, columns global and each region, a chip per deployment coloured by
 * category, with its owner's title, the findings' marks from the live analysis) over the table of
 * the same deployments. Deploy a tool from the bar on top; choose a chip or a row to change its
 * owner, span or region below the landscape, or to remove it (Delete). Every change is one
 * undoable edit; the view follows the scenario, the phase, every edit and every analysis, keeping
 * its scroll position and the deployment chosen. Large stacks stay smooth: the landscape is laid
 * out once per change and a frame paints only the chips in view; nothing is rebuilt while the
 * view is hidden.
 */
public final class StackView extends Region {

    private final EditorContext context;
    private final StackLabels labels = StackLabelsFx.create();
    private final StackCanvas canvas = new StackCanvas();
    private final StackTable table;
    private final DeployBar bar;
    private final DeploymentEditor editor;
    private final BorderPane layout = new BorderPane();
    private final SplitPane split = new SplitPane();
    private StackLandscape landscape;
    /** The stack's index, kept while the design is the same (a change of phase or of findings needs no new one). */
    private StackIndex indexed;
    private Design indexedDesign;
    private boolean stale = true;
    /** The deployment chosen, by tool and region (null: none). */
    private String chosenTool;
    private String chosenRegion;
    private boolean revealChosen;
    /** Whether to fit the landscape's width to the view once it has a size (first shown, another scenario). */
    private boolean fitWhenSized = true;
    private long lastRebuildNanos;

    public StackView(EditorContext context) {
        this.context = context;
        canvas.useTheme(context.look().chartTheme());
        context.look().chartThemeProperty().addListener((obs, old, theme) -> canvas.useTheme(theme));
        setId("stack-view");
        setAccessibleRole(javafx.scene.AccessibleRole.PARENT);
        setAccessibleText(I18n.tr("a11y.stack"));
        getStyleClass().add("stack-view");
        setFocusTraversable(true);
        bar = new DeployBar(this::deploy);
        editor = new DeploymentEditor(context, this::choose);
        table = new StackTable(row -> choose(row.tool(), row.region()));
        VBox lower = new VBox(editor, table);
        lower.getStyleClass().add("stack-lower"); // tall enough for three rows of the table (modesign.css)
        canvas.setMinHeight(120);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().addAll(canvas, lower);
        split.setDividerPositions(0.66);
        layout.setTop(bar);
        layout.setCenter(split);
        getChildren().add(layout);
        follow();
        new StackInput(this, canvas).install();
        paintWhileShown();
    }

    private void follow() {
        DocumentModel document = context.document();
        document.designProperty().addListener((obs, old, d) -> rebuildLater());
        document.scenarioIdProperty().addListener((obs, old, id) -> {
            fitWhenSized = true;
            rebuildLater();
        });
        document.phaseIdProperty().addListener((obs, old, id) -> rebuildLater());
        context.analysis().resultProperty().addListener((obs, old, r) -> rebuildLater());
    }

    /** Brings the view up to date and paints at most once a pulse, only while it is in a window. */
    private void paintWhileShown() {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stale || canvas.isDirty()) {
                    paint();
                }
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
    }

    private void rebuildLater() {
        stale = true;
        canvas.repaint();
    }

    @Override
    protected void layoutChildren() {
        layout.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** Brings the landscape and the table up to date and paints, as the next pulse would (public for benchmarks). */
    public void paint() {
        refresh();
        canvas.paint();
    }

    /** How long the last paint of the landscape took, in nanoseconds (for benchmarks). */
    public long lastPaintNanos() {
        return canvas.lastPaintNanos();
    }

    /** How long the last rebuild of the landscape and the table took, in nanoseconds (for benchmarks). */
    public long lastRebuildNanos() {
        return lastRebuildNanos;
    }

    /** Scrolls the landscape by ({@code dx}, {@code dy}) pixels (for benchmarks; users scroll with the wheel). */
    public void scrollBy(double dx, double dy) {
        refresh();
        canvas.scrollBy(dx, dy);
    }

    /** Zooms the landscape by {@code factor} about its centre (for benchmarks; users zoom with Ctrl+wheel). */
    public void zoomBy(double factor) {
        refresh();
        canvas.zoomAt(canvas.viewWidth() / 2, canvas.viewHeight() / 2, factor);
    }

    void refresh() {
        if (stale) {
            rebuild();
        }
        if (fitWhenSized && canvas.getWidth() > 0) {
            fitWhenSized = false;
            canvas.fitWidth();
        }
        if (revealChosen && canvas.viewHeight() > 0) {
            revealChosen = false;
            canvas.reveal(canvas.selected());
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        stale = false;
        DocumentModel document = context.document();
        Design design = document.design();
        Scenario scenario = document.scenario();
        Phase phase = document.phase();
        AnalysisResult result = context.analysis().resultProperty().get();
        List<Finding> findings = result == null || !result.scenario().equals(scenario.id()) ? List.of()
                : result.findings();
        if (indexed == null || indexedDesign != design || indexed.index().scenario() != scenario) {
            indexed = ScenarioIndex.of(design, scenario).stack();
            indexedDesign = design;
        }
        landscape = StackLandscape.of(indexed, phase == null ? null : phase.id(), findings, labels);
        StackScene scene = landscape.layout(canvas.surface()::textWidth);
        canvas.setScene(scene);
        int chosen = chosenTool == null ? -1 : scene.indexOf(chosenTool, chosenRegion);
        if (chosen < 0 && chosenTool != null && !deployed(scenario, chosenTool, chosenRegion)) {
            chosenTool = null;
            chosenRegion = null;
        }
        canvas.setSelected(chosen);
        bar.show(I18n.tr("stack.heading", scenario.name(),
                phase == null ? I18n.tr("stack.phase.all") : phase.name()), design);
        table.show(rows(design), chosenTool, chosenRegion);
        showChosen();
        lastRebuildNanos = System.nanoTime() - start;
    }

    private static boolean deployed(Scenario scenario, String tool, String region) {
        return scenario.stack().stream().anyMatch(e -> e.tool().equals(tool) && e.region().equals(region));
    }

    /** The table's rows: the landscape's deployments, in its order. */
    private List<StackRow> rows(Design design) {
        Map<String, Tool> tools = new HashMap<>(design.tools().size() * 2);
        design.tools().forEach(t -> tools.put(t.id(), t));
        Map<String, String> phaseNames = new HashMap<>();
        design.phases().forEach(p -> phaseNames.put(p.id(), p.name()));
        String first = design.phases().get(0).name();
        String last = design.phases().get(design.phases().size() - 1).name();
        String currency = design.settings().currency();
        List<StackRow> rows = new ArrayList<>(landscape.chips().size());
        for (int i = 0; i < landscape.chips().size(); i++) {
            StackChip chip = landscape.chips().get(i);
            StackEntry entry = landscape.entry(i);
            if (entry == null) {
                continue;
            }
            Tool tool = tools.get(chip.tool());
            String cost = Money.format(tool.cost(), currency);
            rows.add(new StackRow(chip.tool(), chip.region(), tool.name(), labels.category(tool.category()),
                    landscape.columns().get(chip.column()), chip.detail(),
                    entry.from() == null ? first : phaseNames.getOrDefault(entry.from(), entry.from()),
                    entry.to() == null ? last : phaseNames.getOrDefault(entry.to(), entry.to()), tool.cost(), cost,
                    chip.severity() == null ? null : Severity.valueOf(chip.severity().name())));
        }
        return rows;
    }

    /** Chooses the deployment of {@code tool} in {@code region} (null: none) on the landscape, in the table and below. */
    void choose(String tool, String region) {
        chosenTool = tool;
        chosenRegion = tool == null ? null : region;
        if (stale || landscape == null) {
            revealChosen = true;
            rebuildLater();
            return;
        }
        int chip = tool == null ? -1 : canvas.scene().indexOf(tool, region);
        canvas.setSelected(chip);
        canvas.reveal(chip);
        table.select(tool, region);
        showChosen();
    }

    /** Chooses the deployment of {@code tool} in {@code region} and shows it (from the findings panel). */
    public void showDeployment(String tool, String region) {
        choose(tool, region == null ? org.modesign.model.Region.GLOBAL : region);
        revealChosen = true;
    }

    /** Chooses chip {@code i} (a gap or -1: none). */
    void chooseChip(int i) {
        StackChip chip = i < 0 ? null : canvas.scene().chip(i);
        if (chip == null || chip.isGap()) {
            choose(null, null);
            canvas.setSelected(i);
        } else {
            choose(chip.tool(), chip.region());
        }
    }

    private void showChosen() {
        int chip = canvas.selected();
        StackEntry entry = chip < 0 || chosenTool == null ? null : landscape.entry(chip);
        if (entry == null && chosenTool != null) {
            // Chosen but not active in the phase shown: still editable (its span brings it back).
            entry = context.document().scenario().stack().stream()
                    .filter(e -> e.tool().equals(chosenTool) && e.region().equals(chosenRegion)).findFirst()
                    .orElse(null);
        }
        Design design = context.document().design();
        String toolName = entry == null ? "" : design.tool(entry.tool()).map(Tool::name).orElse(entry.tool());
        String regionName = entry == null ? "" : regionName(design, entry.region());
        editor.show(design, context.document().scenario(), entry, toolName, regionName);
    }

    private static String regionName(Design design, String region) {
        Choice choice = Choices.find(Choices.regions(design), region);
        return choice == null ? region : choice.text();
    }

    /** Deploys {@code tool} in {@code region} from the phase shown on (every phase when all are shown), and chooses it. */
    private void deploy(String tool, String region) {
        Phase phase = context.document().phase();
        Design design = context.document().design();
        String from = phase == null || phase.id().equals(design.phases().get(0).id()) ? null : phase.id();
        StackEntry entry = new StackEntry(tool, region, null, from, null);
        if (context.edit(new DeployTool(context.document().scenario().id(), entry))) {
            chosenTool = tool;
            chosenRegion = region;
            revealChosen = true;
            context.showStatus(I18n.tr("stack.deployed", design.tool(tool).map(Tool::name).orElse(tool),
                    regionName(design, region)));
        }
    }

    /** Removes the deployment chosen (Delete), as one undoable edit. */
    void removeChosen() {
        editor.removeChosen();
    }

    /** What the tooltip says about chip {@code i}: its words in full and the findings behind its marks. */
    String describe(int i) {
        if (landscape == null || i < 0 || i >= landscape.chips().size()) {
            return null;
        }
        StackChip chip = landscape.chips().get(i);
        StringBuilder text = new StringBuilder(chip.title());
        if (!chip.isGap()) {
            text.append('\n').append(I18n.tr("stack.tooltip.deployment", labels.category(chip.category()),
                    landscape.columns().get(chip.column()), chip.detail()));
        } else {
            text.append('\n').append(I18n.tr("stack.tooltip.gap", landscape.columns().get(chip.column())));
        }
        for (Finding f : landscape.findings(i)) {
            text.append('\n').append("\u2022 ").append(f.text().localized(I18n.bundle()));
        }
        return text.toString();
    }

    StackCanvas canvas() {
        return canvas;
    }

    StackTable table() {
        return table;
    }

    DeployBar bar() {
        return bar;
    }

    DeploymentEditor editor() {
        return editor;
    }

    /** The landscape shown (for tests). */
    StackLandscape landscape() {
        refresh();
        return landscape;
    }

    /** The tool and region chosen, or nulls (for tests). */
    String[] chosen() {
        return new String[] {chosenTool, chosenRegion};
    }
}
