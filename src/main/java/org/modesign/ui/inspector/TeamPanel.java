package org.modesign.ui.inspector;

import org.modesign.edit.Rename;
import org.modesign.edit.SetPhases;
import org.modesign.edit.SetRegion;
import org.modesign.model.Team;
import org.modesign.ui.form.Edits;

/** One team: its name, region and active phases. */
final class TeamPanel extends Panel<Subject.OneTeam> {

    private final TextEntry<String> name;
    private final RegionField region;
    private final PhaseRange phases;

    TeamPanel(Edits edits) {
        super(Subject.OneTeam.class, edits);
        form.section("inspector.section.team");
        name = track(TextEntry.ofText("inspector-title", text -> submit(new Rename(subject().scenario(), id(), text))));
        form.row("inspector.field.name", name);
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
        region.show(team.effectiveRegion(), false, next.vocabulary(), false);
        phases.show(team.from(), team.to(), next.vocabulary());
    }
}
