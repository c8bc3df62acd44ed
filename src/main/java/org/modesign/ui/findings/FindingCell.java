package org.modesign.ui.findings;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.modesign.analysis.Finding;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.base.SeverityIcon;

/**
 * One row of the findings tree: a severity group ("3 errors") or a finding, with its severity
 * icon, its rule and phase in words, the button of its quick fix if it has one (before the
 * message, so that a long message cannot push it out of sight), and its message, cut to the
 * list's width (the tooltip shows it whole).
 */
final class FindingCell extends TreeCell<Object> {

    private final Supplier<Design> design;
    private final QuickFixes fixes;
    private final Function<Finding, String> messages;

    /** @param messages a finding's message in the editor's language */
    FindingCell(Supplier<Design> design, QuickFixes fixes, Function<Finding, String> messages) {
        this.design = design;
        this.fixes = fixes;
        this.messages = messages;
        // As wide as the list, never wider: a long message ends in "…" (its tooltip has it whole)
        // instead of making the whole list scroll sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setTooltip(null);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof FindingsGroup group) {
            setText(I18n.tr("findings.group." + group.severity().code(), group.count()));
            setGraphic(SeverityIcon.of(group.severity()));
        } else if (item instanceof Finding f) {
            String text = messages.apply(f);
            setGraphic(row(f, text));
            setTooltip(new Tooltip(text));
        }
    }

    private HBox row(Finding f, String text) {
        Label message = new Label(text);
        message.setMinWidth(0);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        Label where = new Label(f.phase() == null ? I18n.tr("rule." + f.rule().code())
                : I18n.tr("findings.where", I18n.tr("rule." + f.rule().code()), phaseName(f.phase())));
        where.getStyleClass().addAll("text-muted", "text-small");
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, SeverityIcon.of(f.severity()), where, message);
        row.setAlignment(Pos.CENTER_LEFT);
        fixes.fixFor(f).ifPresent(fix -> {
            Button button = new Button(fix.label());
            button.getStyleClass().addAll("small", "accent");
            button.setFocusTraversable(false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the message gives way, not the fix
            button.setOnAction(e -> fix.apply().run());
            row.getChildren().add(2, button);
        });
        return row;
    }

    private String phaseName(String phaseId) {
        return design.get().phase(phaseId).map(p -> p.name()).orElse(phaseId);
    }
}
