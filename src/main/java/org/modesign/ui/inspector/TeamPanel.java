package org.modesign.ui.inspector;

import java.util.List;
import org.modesign.edit.Rename;
import org.modesign.edit.SetTeamKind;
import org.modesign.edit.SetPhases;
import org.modesign.edit.SetRegion;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.Names;

/** One team: its name, kind (department, CoE, committee, agency, squad), region and active phases. */
final class TeamPanel extends Panel<Subject.OneTeam> {

    private final TextEntry<String> name;
    private final Choice<TeamKind> kind;
    private final RegionField region;
    private final PhaseRange phases;

    TeamPanel(Edits edits) {
        super(Subject.OneTeam.class, edits);
        form.section("inspector.section.team");
        name = track(TextEntry.ofText("inspector-title", text -> submit(new Rename(subject().scenario(), id(), text))));
        form.row("inspector.field.name", name);
        kind = new Choice<>("inspector-team-kind", Names::of,
                value -> submit(new SetTeamKind(subject().scenario(), id(), value)));
        kind.setItems(List.of(TeamKind.values()));
        form.row("inspector.field.teamKind", kind);
        region = new RegionField(value -> submit(new SetRegion(subject().scenario(), id(), value)));
        form.row("inspector.field.region", region.choice());
        phases = new PhaseRange(form, (from, to) -> submit(new SetPhases(subject().scenario(), id(), from, to)));
    }

    private String id() {
        return subject().team().id();
    }

    @Override
    protected void show(Subject.OneTeam next) {
        Team team = next.team();
        name.show(team.name());
        kind.show(team.kind());
        region.show(team.effectiveRegion(), false, next.vocabulary(), false);
        phases.show(team.from(), team.to(), next.vocabulary());
    }
}
