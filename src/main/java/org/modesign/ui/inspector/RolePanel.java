package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.control.TextField;
import org.modesign.edit.Rename;
import org.modesign.edit.SetCost;
import org.modesign.edit.SetPerson;
import org.modesign.edit.SetStaffing;
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
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/**
 * One role: title, archetype, team, region, FTE, sourcing, active phases; its staffing (filled,
 * open, planned), person, cost per FTE and FTE changes by phase; the teams it also serves on; its
 * responsibilities with the phases each holds in.
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
    private final Choice<Staffing> staffing;
    private final TextEntry<String> person;
    private final TextEntry<OptionalDouble> cost;
    private final FteChangesEditor fteChanges;
    private final AlsoInEditor alsoIn;
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
        archetype.control().setTooltip(org.modesign.ui.form.ArchetypeTips.tooltip(
                org.modesign.ui.form.ArchetypeTips.all()));
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
        form.section("inspector.section.staffing");
        staffing = new Choice<>("inspector-staffing", Names::of,
                value -> submit(new SetStaffing(scenario(), id(), value)));
        staffing.setItems(List.of(Staffing.values()));
        form.row("inspector.field.staffing", staffing);
        person = track(TextEntry.ofText("inspector-person", text -> submit(new SetPerson(scenario(), id(), text))));
        form.row("inspector.field.person", person);
        cost = track(new TextEntry<>("inspector-cost", RolePanel::parseCost, I18n.tr("inspector.cost.notNumber"),
                RolePanel::formatCost, value -> submit(new SetCost(scenario(), id(),
                        value.isPresent() ? value.getAsDouble() : null))));
        ((TextField) cost.control()).setPromptText(I18n.tr("inspector.cost.archetype"));
        form.row("inspector.field.cost", cost);
        fteChanges = new FteChangesEditor(edits);
        form.row("inspector.field.fteChanges", fteChanges.view(), null);
        alsoIn = new AlsoInEditor(edits);
        form.row("inspector.field.alsoIn", alsoIn.view(), null);
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
        staffing.show(role.staffing());
        person.show(role.person());
        cost.show(role.cost() == null ? OptionalDouble.empty() : OptionalDouble.of(role.cost()));
        fteChanges.show(next.scenario(), role, next.vocabulary());
        edits().context().document().design().scenario(next.scenario()).ifPresent(s -> alsoIn.show(s, role));
        responsibilities.show(next.scenario(), role, next.vocabulary());
    }

    /** A yearly cost as typed: blank for none (the archetype's), else a plain number. */
    static Optional<OptionalDouble> parseCost(String text) {
        if (text.isBlank()) {
            return Optional.of(OptionalDouble.empty());
        }
        return FteText.parse(text).map(OptionalDouble::of);
    }

    static String formatCost(OptionalDouble cost) {
        return cost.isPresent() ? FteText.format(cost.getAsDouble()) : "";
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
