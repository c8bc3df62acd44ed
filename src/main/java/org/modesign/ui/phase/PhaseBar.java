package org.modesign.ui.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.ui.base.ControlRefresh;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The phase selector: segmented buttons "All phases", then each phase of the design in order.
 * The chosen phase is the document's {@code phaseId}; the chart ghosts nodes not active in it and
 * the status bar, badges and findings follow it. Alt+Left and Alt+Right step through the phases
 * ({@link #step}). Phases that do not fit on one line (long names, large text) go on to a second
 * line rather than cut their names.
 */
public final class PhaseBar extends FlowPane {

    private final EditorContext context;
    private final ToggleGroup group = new ToggleGroup();
    private final ControlRefresh echoes = new ControlRefresh();

    public PhaseBar(EditorContext context) {
        this.context = context;
        setId("phase-bar");
        getStyleClass().add("phase-bar");
        setAlignment(Pos.CENTER_LEFT);
        setHgap(0);
        setVgap(4);
        setPrefWrapLength(10_000); // asked for its height at no width: one line, not wrapped at 400 px
        setPadding(new Insets(4, 10, 4, 10));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (echoes.muted()) {
                return;
            }
            if (toggle == null) {
                select(old);
                return;
            }
            context.document().phaseIdProperty().set((String) toggle.getUserData());
        });
        context.document().designProperty().addListener((obs, old, d) -> rebuild(d));
        context.document().phaseIdProperty().addListener((obs, old, id) -> selectCurrent());
        rebuild(context.document().design());
    }

    /**
     * Shows the next phase ({@code +1}) or the previous one ({@code -1}); "All phases" comes before
     * the first. Stops at either end.
     */
    public void step(int direction) {
        List<String> order = new ArrayList<>();
        order.add(null);
        context.document().design().phases().forEach(p -> order.add(p.id()));
        int at = order.indexOf(context.document().phaseIdProperty().get());
        int next = Math.max(0, Math.min(order.size() - 1, at + direction));
        context.document().phaseIdProperty().set(order.get(next));
    }

    private void rebuild(Design design) {
        List<String> names = new ArrayList<>();
        design.phases().forEach(p -> names.add(p.id() + '\n' + p.name() + '\n' + p.goal() + '\n' + p.requires().size()));
        if (!echoes.changed(names)) {
            return;
        }
        echoes.quietly(() -> {
            group.getToggles().clear();
            Label label = new Label(I18n.tr("phase.label"));
            label.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().setAll(label);
            ((Label) getChildren().get(0)).setPadding(new Insets(0, 8, 0, 0));
            List<Phase> phases = design.phases();
            addButton(I18n.tr("phase.all"), null, I18n.tr("phase.all.tooltip"), "left-pill");
            for (int i = 0; i < phases.size(); i++) {
                Phase p = phases.get(i);
                addButton(p.name(), p.id(), tooltip(i, p), i == phases.size() - 1 ? "right-pill" : "center-pill");
            }
        });
        selectCurrent();
    }

    /** What a phase's button says when the pointer rests on it: its place, name, goal and requirements. */
    private static String tooltip(int index, Phase p) {
        String text = I18n.tr("phase.tooltip", index + 1, p.name(), p.requires().size());
        return p.goal().isBlank() ? text : text + "\n" + I18n.tr("phase.tooltip.goal", p.goal());
    }

    private void addButton(String text, String phaseId, String tooltip, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(phaseId);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        button.setTooltip(tip);
        button.setId(phaseId == null ? "phase-all" : "phase-" + phaseId);
        getChildren().add(button);
    }

    private void selectCurrent() {
        String id = context.document().phaseIdProperty().get();
        echoes.quietly(() -> group.getToggles().stream().filter(t -> Objects.equals(t.getUserData(), id)).findFirst()
                .ifPresent(group::selectToggle));
    }

    private void select(javafx.scene.control.Toggle toggle) {
        echoes.quietly(() -> group.selectToggle(toggle));
    }
}
