package org.modesign.ui.chartmenu;

import static org.modesign.ui.action.EditorAction.REPORT_TO;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;
import org.modesign.edit.MoveUnder;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.outline.OutlineTree;
import org.modesign.outline.SuperiorChoice;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * Edit ▸ Report To… (Ctrl+R): the keyboard's way to give the selected card another manager or team,
 * which the mouse does by drawing a line or dragging in the outline. A picker of every other card
 * ({@link ReportToDialog}); the choice is "Move … under …" ({@link MoveUnder}), one undoable step;
 * a choice that would close a loop, or put a non-role into a team, is refused in the picker with its
 * reason ({@link SuperiorChoice}).
 */
public final class ReportTo {

    private final EditorContext context;
    private final Supplier<Window> owner;

    public ReportTo(EditorContext context, Supplier<Window> owner) {
        this.context = context;
        this.owner = owner;
    }

    public void register() {
        context.actions().register(REPORT_TO, this::pick, Bindings.createBooleanBinding(
                () -> context.selection().nodes().size() == 1, context.selection().nodes()));
    }

    private void pick() {
        Scenario scenario = context.document().scenario();
        String id = context.selection().nodes().iterator().next();
        OutlineTree tree = OutlineTree.of(scenario);
        int v = tree.indexOf(id);
        if (v < 0) {
            return;
        }
        List<ReportToDialog.Choice> choices = new ArrayList<>();
        for (int u : SuperiorChoice.candidates(tree, v)) {
            int above = tree.parent(u);
            choices.add(new ReportToDialog.Choice(tree.id(u), tree.node(u).label(),
                    above < 0 ? null : tree.node(above).label()));
        }
        String label = tree.node(v).label();
        Optional<String> chosen = new ReportToDialog(owner.get(), label, choices,
                target -> refusal(tree, v, target)).choose();
        chosen.ifPresent(target -> context.edit(MoveUnder.of(context.document().scenario(), id, target)));
    }

    /** Why the card {@code v} may not report to {@code target}, worded; empty when it may. */
    static Optional<String> refusal(OutlineTree tree, int v, String target) {
        int t = tree.indexOf(target);
        if (t < 0) {
            return Optional.of(I18n.tr("reportTo.choose"));
        }
        String card = tree.node(v).label();
        Node superior = tree.node(t);
        return SuperiorChoice.refusal(tree, v, t).map(reason -> switch (reason) {
            case ITSELF -> I18n.tr("reportTo.refused.itself", card);
            case BELOW -> I18n.tr("reportTo.refused.below", card, superior.label());
            case ALREADY -> I18n.tr("reportTo.refused.already", card, superior.label());
            case NOT_A_ROLE -> I18n.tr("reportTo.refused.notARole", card, superior.label());
        });
    }
}
