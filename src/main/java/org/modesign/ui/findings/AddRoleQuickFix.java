package org.modesign.ui.findings;

import java.util.Optional;
import java.util.function.Consumer;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.edit.AddRoleForSlot;
import org.modesign.edit.EditRejected;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The quick fix of an unstaffed capability: "Add a role for it" — a role of the capability's
 * default archetype, accountable for it, in the slot's region, active from the finding's phase
 * (see {@link AddRoleForSlot}); one undoable step, after which the new card is shown.
 */
public final class AddRoleQuickFix implements QuickFixes {

    private final EditorContext context;
    private final Consumer<String> showCard;

    public AddRoleQuickFix(EditorContext context, Consumer<String> showCard) {
        this.context = context;
        this.showCard = showCard;
    }

    @Override
    public Optional<Fix> fixFor(Finding finding) {
        if (finding.rule() != Rule.UNSTAFFED_CAPABILITY || finding.capability() == null) {
            return Optional.empty();
        }
        return Optional.of(new Fix(I18n.tr("findings.fix.addRole"), () -> apply(finding)));
    }

    private void apply(Finding finding) {
        try {
            AddRoleForSlot fix = AddRoleForSlot.of(context.document().design(), finding.scenario(),
                    finding.capability(), finding.region(), finding.phase());
            if (context.edit(fix)) {
                showCard.accept(fix.roleId());
            }
        } catch (EditRejected e) {
            context.showStatus(e.reason().localized(I18n.bundle()));
        }
    }
}
