package org.modesign.ui.canvas;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import org.modesign.analysis.Finding;
import org.modesign.describe.ChartDescriber;
import org.modesign.edit.LineKey;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * What a screen reader hears of the chart, a canvas to everything but the eye: its role ("organisation
 * chart"), and as its text the selected card in words ({@link ChartDescriber}: "Marketing operations
 * manager, Maestro, 1 FTE, Global, reports to CMO, 2 reports, 1 warning"), several cards counted, or
 * the chart's roles when nothing is selected. The text is worked out when the reader asks for it
 * (never while nobody listens); the describer is kept until the design, scenario, phase, findings
 * or folds change. When the selection or the phase changes, the reader is told: the text changed,
 * and, while the chart has the focus, that the focus item did (so that Narrator, NVDA and VoiceOver
 * read the new text out).
 */
final class ChartSpeech {

    private final ChartView chart;
    private final EditorContext context;
    private ChartDescriber describer;
    private Object[] describerOf = new Object[0];
    private boolean pending;

    ChartSpeech(ChartView chart, EditorContext context) {
        this.chart = chart;
        this.context = context;
        chart.setAccessibleRole(AccessibleRole.PARENT);
        chart.setAccessibleRoleDescription(I18n.tr("a11y.chart.role"));
        chart.setAccessibleHelp(I18n.tr("a11y.chart.help"));
        context.selection().nodes().addListener((SetChangeListener<String>) c -> changed());
        context.selection().lineProperty().addListener((obs, old, line) -> changed());
        context.document().phaseIdProperty().addListener((obs, old, phase) -> changed());
    }

    /** The chart's answer to {@code attribute}, or null to let the node answer it. */
    Object answer(AccessibleAttribute attribute) {
        return switch (attribute) {
            case TEXT -> text();
            case FOCUS_ITEM -> chart.isFocused() ? chart : null;
            default -> null;
        };
    }

    /** The words for the selection as the chart shows it now, in the editor's language. */
    String text() {
        ChartScene scene = chart.scene();
        if (scene == null) {
            return I18n.tr("a11y.chart.role");
        }
        ChartDescriber d = describer(scene);
        LineKey line = context.selection().line();
        if (line != null) {
            return d.line(line.from(), line.to(), dotted(line)).localized(I18n.bundle());
        }
        return d.selection(List.copyOf(context.selection().nodes())).localized(I18n.bundle());
    }

    private ChartDescriber describer(ChartScene scene) {
        Design design = context.document().design();
        Scenario scenario = context.document().scenario();
        String phaseId = context.document().phaseIdProperty().get();
        AnalysisResult result = context.analysis().resultProperty().get();
        Object[] now = {design, scenario, phaseId, result, scene};
        if (describer == null || !sameAs(now)) {
            int phase = phaseId == null ? -1 : design.phaseIndex(phaseId);
            describer = ChartDescriber.of(design, scenario, scene, phase, findings(result, scenario, phaseId));
            describerOf = now;
        }
        return describer;
    }

    private boolean sameAs(Object[] now) {
        for (int k = 0; k < now.length; k++) {
            if (now[k] != describerOf[k]) {
                return false;
            }
        }
        return true;
    }

    private static List<Finding> findings(AnalysisResult result, Scenario scenario, String phaseId) {
        if (result == null || !scenario.id().equals(result.scenario())) {
            return List.of();
        }
        return result.forPhase(phaseId).findings();
    }

    private boolean dotted(LineKey key) {
        for (Line l : context.document().scenario().lines()) {
            if (l.from().equals(key.from()) && l.to().equals(key.to())) {
                return l.style() == LineStyle.DOTTED;
            }
        }
        return false;
    }

    /** Tells a listening reader once per pulse, however many cards a change selected. */
    private void changed() {
        if (pending) {
            return;
        }
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            chart.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            if (chart.isFocused()) {
                chart.notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            }
        });
    }
}
