package org.modesign.ui.findings;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.control.Tooltip;
import org.modesign.analysis.Finding;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.base.SeverityIcon;

/**
 * One row of the findings tree: a severity group ("3 errors") or a finding, with its severity
 * icon, its rule and phase in words, the button of its quick fix if it has one (before the
 * message, so that a long message cannot push it out of sight), and its message, wrapped to the
 * list's width over as many lines as it needs, beside them or, in a narrow list, below them
 * ({@link FindingRow}; the tooltip shows it too).
 */
final class FindingCell extends TreeCell<Object> {

    private final Supplier<Design> design;
    private final QuickFixes fixes;
    private final Function<Finding, String> messages;
    /** The key of the tree's property that holds where a finding's row starts in its cell. */
    private static final Object ROW_X = new Object();
    /**
     * Where a finding's row starts in its cell, at most, before one has been laid out (cell
     * padding, indent, arrow: 34 to 36 px with the editor's theme). Too much leaves a blank line
     * under a message now and then; too little could cut one, and costs the tree a refresh.
     */
    private static final double ROW_X_GUESS = 40;

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
        setAccessibleText(null);
        setContentDisplay(ContentDisplay.LEFT);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof FindingsGroup group) {
            setText(I18n.tr("findings.group." + group.severity().code(), group.count()));
            setGraphic(SeverityIcon.of(group.severity()));
        } else if (item instanceof Finding f) {
            String text = messages.apply(f);
            setGraphic(row(f, text));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // the row is all there is: no text beside it
            setTooltip(new Tooltip(text));
            // Read out with its severity, which the row shows by an icon.
            setAccessibleText(I18n.tr("a11y.finding", I18n.tr("report.severity." + f.severity().code()), text));
        }
    }

    /**
     * A finding's row is as tall as its message wrapped at the width the row has: the cell's less
     * what lies left of the row (its indent and disclosure arrow), which the tree cell's own
     * measure leaves in. That offset is the same for every finding: {@link #ROW_X_GUESS}, or what
     * the cells of a tree learnt when a row lay further right.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width > 0 && getItem() instanceof Finding && getGraphic() instanceof FindingRow row) {
            double rowWidth = width - rowX() - snappedRightInset();
            return Math.max(super.computePrefHeight(width),
                    snappedTopInset() + row.prefHeight(rowWidth) + snappedBottomInset());
        }
        return super.computePrefHeight(width);
    }

    /** Gives a finding's row the cell's whole height (the skin places it at its one-line height), so its message wraps. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getItem() instanceof Finding && getGraphic() instanceof FindingRow row) {
            double top = snappedTopInset();
            row.resizeRelocate(row.getLayoutX(), top,
                    Math.max(0, getWidth() - snappedRightInset() - row.getLayoutX()),
                    Math.max(0, getHeight() - top - snappedBottomInset()));
            TreeView<Object> tree = getTreeView();
            if (tree != null && row.getLayoutX() > rowX() + 0.5) {
                // measured too wide, a line may be cut: measure every row again at its true width
                tree.getProperties().put(ROW_X, row.getLayoutX());
                Platform.runLater(tree::refresh);
            }
        }
    }

    /** Where a finding's row starts in its cell. */
    private double rowX() {
        TreeView<Object> tree = getTreeView();
        Object x = tree == null ? null : tree.getProperties().get(ROW_X);
        return x instanceof Double known ? known : ROW_X_GUESS;
    }

    private FindingRow row(Finding f, String text) {
        Label message = new Label(text);
        // Whole, over as many lines as it needs: a message cut short often cut a card's title it quotes.
        Label where = new Label(f.phase() == null ? I18n.tr("rule." + f.rule().code())
                : I18n.tr("findings.where", I18n.tr("rule." + f.rule().code()), phaseName(f.phase())));
        where.getStyleClass().addAll("text-muted", "text-small");
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button button = fixes.fixFor(f).map(fix -> {
            Button b = new Button(fix.label());
            b.getStyleClass().addAll("small", "accent");
            b.setFocusTraversable(false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the message gives way, not the fix
            b.setOnAction(e -> fix.apply().run());
            return b;
        }).orElse(null);
        return new FindingRow(SeverityIcon.of(f.severity()), where, button, message);
    }

    private String phaseName(String phaseId) {
        return design.get().phase(phaseId).map(p -> p.name()).orElse(phaseId);
    }
}
