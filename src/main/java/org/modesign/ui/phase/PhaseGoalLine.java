package org.modesign.ui.phase;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import org.modesign.model.Phase;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The quiet line over the chart that names the phase shown and its goal ("Phase 2: build — goal:
 * a team that runs the core platforms"); a phase without a goal says where to set one.
 * Hidden while every phase is shown. Follows the phase bar and every edit of the phases.
 */
public final class PhaseGoalLine extends Label {

    private final EditorContext context;

    public PhaseGoalLine(EditorContext context) {
        this.context = context;
        setId("phase-goal");
        getStyleClass().addAll("phase-goal", "text-small");
        setPadding(new Insets(3, 10, 3, 10));
        setMaxWidth(Double.MAX_VALUE);
        // The theme's subtle background and border (light: #f6f8fa and #d0d7de), so that the dark
        // theme's light words do not stand on a light bar.
        setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: transparent transparent "
                + "-color-border-default transparent;");
        context.document().designProperty().addListener((obs, old, d) -> update());
        context.document().phaseIdProperty().addListener((obs, old, id) -> update());
        update();
    }

    private void update() {
        Phase phase = context.document().phase();
        boolean shown = phase != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            setText("");
            return;
        }
        String heading = phase.name();
        String text = phase.goal().isBlank() ? I18n.tr("phase.header.noGoal", heading)
                : I18n.tr("phase.header.goal", heading, phase.goal().strip());
        setText(text);
    }
}
