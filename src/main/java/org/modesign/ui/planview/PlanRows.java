package org.modesign.ui.planview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.plan.HiringPlan;
import org.modesign.plan.PhaseStep;
import org.modesign.ui.analysis.PlanFigures;
import org.modesign.ui.form.FteText;
import org.modesign.ui.planview.PlanRow.Group;

/**
 * The rows of the plan list, phase by phase, in the order of the plan's Markdown: heading and goal,
 * objectives, hires, roles added and ended, FTE changes, who became accountable, tools deployed and
 * retired, findings. A group shows its first {@link #SHOWN} entries and counts the rest, unless the
 * user asked to see it whole (the list is virtual, so a whole group of 10,000 costs nothing).
 */
final class PlanRows {

    /** How many entries a group shows before it counts the rest. */
    static final int SHOWN = 8;

    /** A group of one phase (to remember which groups are shown whole). */
    record GroupKey(String phase, Group group) {
    }

    private final PlanWords words;
    private final Set<GroupKey> expanded;
    private final List<PlanRow> rows = new ArrayList<>();

    private PlanRows(PlanWords words, Set<GroupKey> expanded) {
        this.words = words;
        this.expanded = expanded;
    }

    /** The rows of {@code figures}' plan; the groups in {@code expanded} are shown whole. */
    static List<PlanRow> of(PlanFigures figures, PlanWords words, Set<GroupKey> expanded) {
        PlanRows built = new PlanRows(words, expanded);
        Map<String, List<HiringPlan.Hire>> hires = new HashMap<>();
        figures.hires().forEach(h -> hires.computeIfAbsent(h.phase(), p -> new ArrayList<>()).add(h));
        String mission = figures.design().charter().mission();
        if (!mission.isEmpty()) {
            built.rows.add(new PlanRow.Mission("", mission));
        }
        for (PhaseStep step : figures.plan().phases()) {
            built.phase(step, hires.getOrDefault(step.phase(), List.of()));
        }
        return built.rows;
    }

    private void phase(PhaseStep step, List<HiringPlan.Hire> hires) {
        Design design = words.design();
        String p = step.phase();
        Phase phase = design.phase(p).orElseThrow();
        rows.add(new PlanRow.PhaseHeading(p, phase.name(), phase.goal()));
        int before = rows.size();
        group(p, Group.OBJECTIVES, objectives(design, step), o -> List.of(),
                o -> entry(p, Group.OBJECTIVES, o.text(), PlanWords.join(
                        o.measure().isEmpty() ? null : words.tr("planview.objective.measure", o.measure()),
                        o.target().isEmpty() ? null : words.tr("planview.objective.target", o.target())), List.of()));
        group(p, Group.HIRES, hires, h -> List.of(h.role()), h -> entry(p, Group.HIRES, h.title(), PlanWords.join(
                PlanWords.staffing(h.staffing()), h.team(), words.region(h.region()), words.fte(h.fte()),
                h.cost() == 0 ? null : words.tr("planview.perYear", words.money(h.cost()))), List.of(h.role())));
        roles(p, Group.ROLES_ADDED, step.rolesAdded());
        roles(p, Group.ROLES_ENDED, step.rolesEnded());
        group(p, Group.FTE_CHANGED, step.fteChanged(), f -> List.of(f.role()),
                f -> entry(p, Group.FTE_CHANGED, words.node(f.role()), words.tr("planview.fteShift",
                        FteText.format(f.from()), FteText.format(f.to())), List.of(f.role())));
        group(p, Group.ACCOUNTABLE, step.accountableChanged(), this::holders,
                a -> entry(p, Group.ACCOUNTABLE, PlanWords.join(words.capability(a.capability()),
                        words.region(a.region())), words.tr("planview.changeTo", words.holders(a.from()),
                        words.holders(a.to())), holders(a)));
        group(p, Group.TOOLS_DEPLOYED, step.toolsAdded(), d -> words.owner(d.tool(), d.region()),
                d -> entry(p, Group.TOOLS_DEPLOYED, words.tool(d.tool()), words.toolDetail(d.tool(), d.region()),
                        words.owner(d.tool(), d.region())));
        group(p, Group.TOOLS_RETIRED, step.toolsRetired(), d -> words.owner(d.tool(), d.region()),
                d -> entry(p, Group.TOOLS_RETIRED, words.tool(d.tool()), words.toolDetail(d.tool(), d.region()),
                        words.owner(d.tool(), d.region())));
        if (rows.size() == before && step.findingsNew() == 0 && step.findingsResolved() == 0) {
            rows.add(new PlanRow.NoChange(p));
        } else {
            rows.add(new PlanRow.Findings(p, step.findingsNew(), step.findingsResolved()));
        }
    }

    private static List<Objective> objectives(Design design, PhaseStep step) {
        return design.charter().objectives().stream().filter(o -> step.objectives().contains(o.id())).toList();
    }

    private void roles(String p, Group group, List<String> ids) {
        group(p, group, ids, List::of, id -> entry(p, group, words.node(id), words.roleDetail(id), List.of(id)));
    }

    /** The holders before and after, those that are cards of the scenario. */
    private List<String> holders(PhaseStep.AccountableChange change) {
        Set<String> ids = new LinkedHashSet<>(change.from());
        ids.addAll(change.to());
        return ids.stream().filter(words::hasCard).toList();
    }

    private static PlanRow.Entry entry(String p, Group group, String text, String detail, List<String> cards) {
        return new PlanRow.Entry(p, group, text, detail, cards);
    }

    private <T> void group(String p, Group group, List<T> items, Function<T, List<String>> cards,
            Function<T, PlanRow.Entry> entry) {
        if (items.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>();
        if (group != Group.OBJECTIVES) {
            Set<String> seen = new LinkedHashSet<>();
            items.forEach(item -> seen.addAll(cards.apply(item)));
            all.addAll(seen);
        }
        rows.add(new PlanRow.GroupHeading(p, group, items.size(), all));
        boolean whole = expanded.contains(new GroupKey(p, group));
        int shown = whole || items.size() <= SHOWN + 1 ? items.size() : SHOWN;
        for (int k = 0; k < shown; k++) {
            rows.add(entry.apply(items.get(k)));
        }
        if (shown < items.size()) {
            rows.add(new PlanRow.More(p, group, items.size() - shown, false));
        } else if (whole) {
            rows.add(new PlanRow.More(p, group, 0, true));
        }
    }
}
