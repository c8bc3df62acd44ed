package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.modesign.edit.Rename;
import org.modesign.edit.SetArchetype;
import org.modesign.edit.SetFte;
import org.modesign.edit.SetPhases;
import org.modesign.edit.SetRegion;
import org.modesign.edit.SetSourcing;
import org.modesign.edit.SetTeam;
import org.modesign.model.Archetype;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/**
 * One role: title, archetype, team, region, FTE, sourcing, active phases and responsibilities.
 * The team list is built only when it opens, since a scenario may hold thousands of cards.
 */
final class RolePanel extends Panel<Subject.OneRole> {

    private final TextEntry<String> title;
    private final Choice<Archetype> archetype;
    private final Choice<Option> team;
    private final RegionField region;
    private final TextEntry<Double> fte;
    private final Choice<Sourcing> sourcing;
    private final PhaseRange phases;
    private final ResponsibilitiesEditor responsibilities;

    RolePanel(Edits edits) {
        super(Subject.OneRole.class, edits);
        form.section("inspector.section.role");
        title = track(TextEntry.ofText("inspector-title", text -> submit(new Rename(scenario(), id(), text))));
        form.row("inspector.field.title", title);
        archetype = new Choice<Archetype>("inspector-archetype", Names::of,
                value -> submit(new SetArchetype(scenario(), id(), value)))
                .withGraphics(ArchetypeLook::icon);
        archetype.setItems(List.of(Archetype.values()));
        form.row("inspector.field.archetype", archetype);
        team = new Choice<Option>("inspector-team", Option::label,
                option -> submit(new SetTeam(scenario(), id(), option.value())))
                .withLazyItems(this::teamOptions);
        form.row("inspector.field.team", team);
        region = new RegionField(value -> submit(new SetRegion(scenario(), id(), value)));
        form.row("inspector.field.region", region.choice());
        fte = track(new TextEntry<>("inspector-fte", FteText::parse, I18n.tr("inspector.fte.notNumber"),
                FteText::format, value -> submit(new SetFte(scenario(), id(), value))));
        form.row("inspector.field.fte", fte);
        sourcing = new Choice<>("inspector-sourcing", Names::of,
                value -> submit(new SetSourcing(scenario(), id(), value)));
        sourcing.setItems(List.of(Sourcing.values()));
        form.row("inspector.field.sourcing", sourcing);
        phases = new PhaseRange(form, (from, to) -> submit(new SetPhases(scenario(), id(), from, to)));
        form.section("inspector.section.responsibilities");
        responsibilities = new ResponsibilitiesEditor(edits);
        form.add(responsibilities.view());
    }

    private String scenario() {
        return subject().scenario();
    }

    private String id() {
        return subject().role().id();
    }

    @Override
    protected void show(Subject.OneRole next) {
        Role role = next.role();
        title.show(role.title());
        archetype.show(role.archetype());
        team.show(role.team() == null ? noTeam() : new Option(role.team(), next.teamName()));
        region.show(role.region(), false, next.vocabulary(), true);
        fte.show(role.fte());
        sourcing.show(role.sourcing());
        phases.show(role.from(), role.to(), next.vocabulary());
        responsibilities.show(next.scenario(), role, next.vocabulary());
    }

    /** "No team" and every team of the scenario, in its order: one pass over its cards. */
    private List<Option> teamOptions() {
        List<Option> options = new ArrayList<>();
        options.add(noTeam());
        Scenario scenario = edits().context().document().design().scenario(scenario()).orElse(null);
        if (scenario != null) {
            for (Node node : scenario.nodes()) {
                if (node instanceof Team t) {
                    options.add(new Option(t.id(), t.name()));
                }
            }
        }
        return options;
    }

    private static Option noTeam() {
        return new Option(null, I18n.tr("inspector.team.none"));
    }
}
