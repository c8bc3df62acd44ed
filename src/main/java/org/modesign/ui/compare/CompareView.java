package org.modesign.ui.compare;

import org.modesign.ui.a11y.AccessibleNames;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.analysis.SideBySide;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The side-by-side comparison of two scenarios (Ctrl+3): pick scenario A and B (of the open design
 * or of another file) and the phase; the report shows their metrics, FTE charts, key figures,
 * capability placement and the roles only in one, and exports as CSV or PNG. The analysis runs
 * off the JavaFX thread while a progress indicator turns, and again after every edit of the open
 * design while the view is shown (when hidden, once it is shown again).
 */
public final class CompareView extends BorderPane {

    private final EditorContext context;
    private final ScenarioPicker pickerA;
    private final ScenarioPicker pickerB;
    private final PhasePicker phases;
    private final ComparisonService service = new ComparisonService();
    private final ReportPane report = new ReportPane();
    private final Label failure = new Label();
    private final CompareExports exports;
    private final OtherFiles files;
    private final ReadOnlyObjectWrapper<SideBySide> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private boolean stale = true;
    private boolean reportStale;

    public CompareView(EditorContext context) {
        this.context = context;
        exports = new CompareExports(context);
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("CompareView.css").toExternalForm());
        files = new OtherFiles(context);
        Design open = context.document().design();
        pickerA = new ScenarioPicker("compare-scenario-a", files, 0, open);
        pickerB = new ScenarioPicker("compare-scenario-b", files, 1, open);
        phases = new PhasePicker(context.document().phaseIdProperty(), this::showPhase);
        setTop(bar());
        setCenter(body());
        pickerA.choiceProperty().addListener(o -> request());
        pickerB.choiceProperty().addListener(o -> request());
        context.document().designProperty().addListener((obs, old, design) -> {
            pickerA.refresh(design);
            pickerB.refresh(design);
            request();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && reportStale) {
                showPhase();
            }
            if (scene != null && stale) {
                request();
            }
        });
        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> failed(service.getException()));
        request();
    }

    /** The comparison on display (null until the first analysis ends). */
    public ReadOnlyObjectProperty<SideBySide> comparisonProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The phase on display, or null before the first comparison. */
    public String phase() {
        PhasePicker.Item item = phases.comboBox().getValue();
        return item == null ? null : item.id();
    }

    private Node bar() {
        Button csv = button("compare-export-csv", "compare.export.csv", "mdi2f-file-delimited-outline");
        Button png = button("compare-export-png", "compare.export.png", "mdi2f-file-image-outline");
        csv.setOnAction(e -> exports.csv(shown.get()));
        png.setOnAction(e -> exports.png(shown.get(), report));
        AccessibleNames.name(pickerA.comboBox(), I18n.tr("compare.bar.scenario", Side.A.name()));
        AccessibleNames.name(pickerB.comboBox(), I18n.tr("compare.bar.scenario", Side.B.name()));
        AccessibleNames.name(phases.comboBox(), I18n.tr("compare.bar.phase"));
        FlowPane bar = new FlowPane(16, 8, group(caption(Side.A), pickerA.comboBox()),
                group(caption(Side.B), pickerB.comboBox()),
                group(ReportBlocks.text(I18n.tr("compare.bar.phase"), "compare-bar-caption"), phases.comboBox()),
                group(csv, png));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    /** Controls that stay together on one line of the bar, each as wide as it wants. */
    private static Node group(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static Node caption(Side side) {
        return ReportBlocks.marked(side, I18n.tr("compare.bar.scenario", side.name()), "compare-bar-caption");
    }

    private Button button(String id, String key, String icon) {
        Button button = new Button(I18n.tr(key), new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(shown.isNull());
        return button;
    }

    private Node body() {
        ScrollPane scroll = new ScrollPane(report);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("compare-progress");
        progress.setMaxSize(56, 56);
        progress.visibleProperty().bind(service.runningProperty());
        report.opacityProperty().bind(service.runningProperty().map(running -> running ? 0.5 : 1.0));
        failure.getStyleClass().add(Styles.DANGER);
        failure.setWrapText(true);
        failure.setVisible(false);
        return new StackPane(scroll, failure, progress);
    }

    /** Compares what the pickers say, when shown; a hidden view compares once it is shown again. */
    private void request() {
        if (getScene() == null) {
            stale = true;
            return;
        }
        stale = false;
        Design open = context.document().design();
        ScenarioChoice a = pickerA.choiceProperty().get();
        ScenarioChoice b = pickerB.choiceProperty().get();
        Scenario scenarioA = a.scenarioGiven(open).orElse(null);
        Scenario scenarioB = b.scenarioGiven(open).orElse(null);
        if (scenarioA != null && scenarioB != null) {
            service.compare(new ComparisonService.Input(a.designGiven(open), scenarioA, b.designGiven(open),
                    scenarioB));
        }
    }

    private void show(SideBySide s) {
        failure.setVisible(false);
        showPhase(s);
        shown.set(s);
    }

    /** Shows the phase picked now; a hidden view does so once it is shown again. */
    private void showPhase() {
        reportStale = getScene() == null;
        if (!reportStale && shown.get() != null) {
            showPhase(shown.get());
        }
    }

    private void showPhase(SideBySide s) {
        report.show(s, phases.update(s), files.fileOf(s.a().design()), files.fileOf(s.b().design()));
    }

    private void failed(Throwable e) {
        service.forget();
        String reason = e == null || e.getMessage() == null ? "" : e.getMessage();
        failure.setText(I18n.tr("compare.failed", reason));
        failure.setVisible(true);
    }
}
