package org.modesign.ui.chartmenu;

import static org.modesign.ui.action.EditorAction.ADD_MEMBER;
import static org.modesign.ui.action.EditorAction.ADD_REPORT;
import static org.modesign.ui.action.EditorAction.SELECT_BRANCH;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.modesign.edit.AddNode;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.Connect;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.find.Branch;
import org.modesign.layout.FreeSpot;
import org.modesign.layout.Point;
import org.modesign.layout.Spacing;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.palette.PaletteItem;

/**
 * The commands on the one selected card: add a report (a new role under it, on a solid line, in
 * one undoable step), add a member to its team (the team itself, or a role's team), and select its
 * branch. The Edit menu and the card's context menu both run them.
 */
public final class CardActions {

    private static final Spacing SPACING = Spacing.CARDS;

    private final EditorContext context;

    public CardActions(EditorContext context) {
        this.context = context;
    }

    public void register() {
        BooleanBinding oneCard = Bindings.createBooleanBinding(() -> context.selection().nodes().size() == 1,
                context.selection().nodes());
        BooleanBinding inTeam = Bindings.createBooleanBinding(() -> team().isPresent(), context.selection().nodes(),
                context.document().designProperty());
        context.actions().register(ADD_REPORT, this::addReport, oneCard);
        context.actions().register(ADD_MEMBER, this::addMember, inTeam);
        context.actions().register(SELECT_BRANCH, this::selectBranch, oneCard);
    }

    private Optional<Node> selected() {
        if (context.selection().nodes().size() != 1) {
            return Optional.empty();
        }
        return context.document().scenario().node(context.selection().nodes().iterator().next());
    }

    /** The team a new member would join: the selected team, or the selected role's team. */
    private Optional<Team> team() {
        Optional<Node> card = selected();
        if (card.isEmpty()) {
            return Optional.empty();
        }
        String id = card.get() instanceof Team t ? t.id() : card.get() instanceof Role r ? r.team() : null;
        return id == null ? Optional.empty() : context.document().scenario().node(id)
                .filter(Team.class::isInstance).map(Team.class::cast);
    }

    /** A new role reporting to the selected card, placed under it clear of the other cards. */
    private void addReport() {
        selected().ifPresent(boss -> {
            Archetype archetype = boss instanceof Role r ? r.archetype() : Archetype.MARKETER;
            Point at = FreeSpot.near(context.document().scenario(), boss.x(),
                    boss.y() + SPACING.cardHeight() + SPACING.verticalGap(), SPACING);
            AddNode add = newRole(archetype, at);
            String scenario = add.scenario();
            add(CompoundCommand.of(EditText.of(EditKey.ADD_REPORT), add,
                    new Connect(scenario, add.node().id(), boss.id(), LineStyle.SOLID)), add);
        });
    }

    /** A new role in the selected card's team, placed in the team's column under its card. */
    private void addMember() {
        team().ifPresent(team -> {
            Archetype archetype = selected().orElseThrow() instanceof Role r ? r.archetype() : Archetype.MARKETER;
            Point at = FreeSpot.near(context.document().scenario(), team.x(),
                    team.y() + SPACING.cardHeight() + SPACING.stackGap(), SPACING);
            AddNode plain = newRole(archetype, at);
            AddNode add = new AddNode(plain.scenario(), ((Role) plain.node()).withTeam(team.id()));
            add(CompoundCommand.of(EditText.of(EditKey.ADD_MEMBER), add), add);
        });
    }

    private AddNode newRole(Archetype archetype, Point at) {
        Design design = context.document().design();
        String title = I18n.tr(PaletteItem.of(archetype).titleKey());
        return AddNode.role(design, context.document().scenario().id(), title, archetype, at.x(), at.y());
    }

    private void add(CompoundCommand command, AddNode add) {
        if (context.edit(command)) {
            context.selection().selectNodes(List.of(add.node().id()));
        }
    }

    private void selectBranch() {
        selected().ifPresent(card -> {
            Scenario scenario = context.document().scenario();
            context.selection().selectNodes(new ArrayList<>(Branch.below(scenario, card.id())));
        });
    }
}
