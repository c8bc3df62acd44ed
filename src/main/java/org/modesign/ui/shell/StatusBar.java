package org.modesign.ui.shell;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.modesign.analysis.Severity;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.SeverityIcon;
import org.modesign.ui.i18n.I18n;

/** The bottom bar: a message, then roles, FTE, findings by severity and the zoom. */
public final class StatusBar extends HBox {

    private final Label message = new Label();
    private final Label roles = new Label();
    private final Label fte = new Label();
    private final Label errors = new Label();
    private final Label warnings = new Label();
    private final Label infos = new Label();
    private final Label zoom = new Label();
    private final DoubleProperty scale = new SimpleDoubleProperty(1);

    public StatusBar(EditorContext context) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        errors.setGraphic(SeverityIcon.of(Severity.ERROR));
        warnings.setGraphic(SeverityIcon.of(Severity.WARNING));
        infos.setGraphic(SeverityIcon.of(Severity.INFO));
        message.setId("status-message");
        roles.setId("status-roles");
        fte.setId("status-fte");
        errors.setId("status-errors");
        warnings.setId("status-warnings");
        infos.setId("status-infos");
        zoom.setId("status-zoom");
        getChildren().addAll(message, spacer, roles, fte, errors, warnings, infos, zoom);
        context.setStatusMessages(message::setText);
        context.analysis().resultProperty().addListener(
                (obs, old, r) -> show(r, context.document().phaseIdProperty().get()));
        context.document().phaseIdProperty().addListener(
                (obs, old, p) -> show(context.analysis().resultProperty().get(), p));
        scale.addListener((obs, old, s) -> zoom.setText(I18n.tr("status.zoom", s.doubleValue() * 100)));
        zoom.setText(I18n.tr("status.zoom", 100));
    }

    /** The canvas's zoom factor, shown as a percentage. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** The counts of the phase shown (all phases: every finding, and the last phase's roles and FTE). */
    private void show(AnalysisResult r, String phaseId) {
        if (r == null) {
            return;
        }
        AnalysisResult.PhaseView view = r.forPhase(phaseId);
        roles.setText(I18n.tr("status.roles", view.headcount().roles()));
        fte.setText(I18n.tr("status.fte", view.headcount().fte()));
        errors.setText(I18n.tr("status.errors", view.errors()));
        warnings.setText(I18n.tr("status.warnings", view.warnings()));
        infos.setText(I18n.tr("status.infos", view.infos()));
    }
}
