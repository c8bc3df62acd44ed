package org.modesign.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Workforce;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.model.Tool;
import org.modesign.plan.PhaseStep;
import org.modesign.plan.ScenarioPlan;
import org.modesign.text.MoneyFormat;

/**
 * The transition plan as a Markdown document a CMO can paste into a wiki: the charter's mission,
 * then per scenario a section per phase with its goal, objectives, the hires to make (a table
 * with team, region, staffing, FTE and yearly cost), roles added and ended, FTE changes, who
 * became accountable for what, tool changes (a table with category, region and yearly cost) and
 * the findings the phase adds and resolves. Names, not ids; long lists of roles are counted.
 */
public final class PlanMarkdown {

    /** How many roles a list names before it counts the rest. */
    private static final int NAMED = 12;

    private final Design design;
    private final StringBuilder md = new StringBuilder();
    private final MoneyFormat money = new MoneyFormat(Locale.ENGLISH);

    private PlanMarkdown(Design design) {
        this.design = design;
    }

    public static String of(Design design, List<ScenarioPlan> plans) {
        PlanMarkdown doc = new PlanMarkdown(design);
        doc.write(plans);
        return doc.md.toString();
    }

    private void write(List<ScenarioPlan> plans) {
        md.append("# ").append(text(design.title())).append(": transition plan\n");
        if (design.charter() != null && !design.charter().mission().isEmpty()) {
            md.append("\n> ").append(text(design.charter().mission())).append('\n');
        }
        for (ScenarioPlan plan : plans) {
            Scenario scenario = design.scenario(plan.id()).orElseThrow();
            ScenarioIndex index = ScenarioIndex.of(design, scenario);
            Workforce workforce = Workforce.of(index);
            md.append("\n## ").append(text(plan.name())).append('\n');
            for (PhaseStep step : plan.phases()) {
                new PhaseSection(index, workforce, step).write();
            }
        }
    }

    /** One phase of one scenario. */
    private final class PhaseSection {

        private final Map<String, Node> nodes;
        private final ScenarioIndex index;
        private final Workforce workforce;
        private final PhaseStep step;
        private final int p;

        PhaseSection(ScenarioIndex index, Workforce workforce, PhaseStep step) {
            this.nodes = index.scenario().nodesById();
            this.workforce = workforce;
            this.index = index;
            this.step = step;
            this.p = design.phaseIndex(step.phase());
        }

        void write() {
            Phase phase = design.phases().get(p);
            md.append("\n### ").append(text(phase.name())).append('\n');
            if (!step.goal().isEmpty()) {
                md.append("\n**Goal:** ").append(text(step.goal())).append('\n');
            }
            objectives();
            hires();
            roles("Roles added", step.rolesAdded());
            roles("Roles ended", step.rolesEnded());
            fteChanges();
            accountability();
            tools();
            md.append("\n**Findings:** ").append(step.findingsNew()).append(" new, ")
                    .append(step.findingsResolved()).append(" resolved.\n");
        }

        private void objectives() {
            if (step.objectives().isEmpty()) {
                return;
            }
            md.append("\n**Objectives**\n\n| Objective | Measure | Target |\n|---|---|---|\n");
            for (Objective o : design.charter().objectives()) {
                if (step.objectives().contains(o.id())) {
                    row(o.text(), o.measure(), o.target());
                }
            }
        }

        private void hires() {
            if (step.hires().isEmpty()) {
                return;
            }
            double fte = 0;
            double cost = 0;
            for (String id : step.hires()) {
                int v = index.indexOf(id);
                fte += workforce.fte(v, p);
                cost += workforce.cost(v, p);
            }
            md.append("\n**Hires:** ").append(step.hires().size()).append(step.hires().size() == 1 ? " role, " : " roles, ")
                    .append(Decimals.text(fte)).append(" FTE, ").append(money(cost)).append(" a year\n\n")
                    .append("| Role | Team | Region | Staffing | FTE | Yearly cost |\n|---|---|---|---|---|---|\n");
            for (String id : step.hires()) {
                Role role = (Role) nodes.get(id);
                int v = index.indexOf(id);
                Node team = role.team() == null ? null : nodes.get(role.team());
                row(role.title(), team instanceof Team t ? t.name() : "", regionName(index.region(v)),
                        role.staffing().code(), Decimals.text(workforce.fte(v, p)), money(workforce.cost(v, p)));
            }
        }

        private void roles(String label, List<String> ids) {
            if (ids.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (String id : ids.subList(0, Math.min(NAMED, ids.size()))) {
                names.add(text(nodes.get(id).label()));
            }
            md.append("\n**").append(label).append(" (").append(ids.size()).append("):** ")
                    .append(String.join(", ", names));
            if (ids.size() > NAMED) {
                md.append(" and ").append(ids.size() - NAMED).append(" more");
            }
            md.append('\n');
        }

        private void fteChanges() {
            if (step.fteChanged().isEmpty()) {
                return;
            }
            md.append("\n**FTE changes**\n\n| Role | Before | Now |\n|---|---|---|\n");
            for (PhaseStep.FteShift f : step.fteChanged()) {
                row(nodes.get(f.role()).label(), Decimals.text(f.from()), Decimals.text(f.to()));
            }
        }

        private void accountability() {
            if (step.accountableChanged().isEmpty()) {
                return;
            }
            md.append("\n**Who is accountable (A)**\n\n| Capability | Region | Before | Now |\n|---|---|---|---|\n");
            for (PhaseStep.AccountableChange a : step.accountableChanged()) {
                String capability = design.capability(a.capability()).map(Capability::name).orElse(a.capability());
                row(capability, regionName(a.region()), holders(a.from()), holders(a.to()));
            }
        }

        private void tools() {
            if (step.toolsAdded().isEmpty() && step.toolsRetired().isEmpty()) {
                return;
            }
            md.append("\n**Tools**\n\n| Tool | Category | Region | Change | Yearly cost |\n|---|---|---|---|---|\n");
            for (PhaseStep.Deployment d : step.toolsAdded()) {
                tool(d, "deployed");
            }
            for (PhaseStep.Deployment d : step.toolsRetired()) {
                tool(d, "retired");
            }
        }

        private void tool(PhaseStep.Deployment d, String change) {
            Tool tool = design.tool(d.tool()).orElse(null);
            row(tool == null ? d.tool() : tool.name(), tool == null ? "" : tool.category().code(),
                    regionName(d.region()), change, tool == null ? "" : money(tool.cost()));
        }

        private String holders(List<String> ids) {
            if (ids.isEmpty()) {
                return "nobody";
            }
            List<String> names = new ArrayList<>();
            for (String id : ids) {
                Node node = nodes.get(id);
                names.add(node == null ? id : node.label());
            }
            return String.join(", ", names);
        }
    }

    private String regionName(String id) {
        return design.region(id).map(r -> r.name()).orElse(id);
    }

    private String money(double amount) {
        return money.format(amount, design.settings().currency());
    }

    private void row(String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(text(cell)).append(" |");
        }
        md.append('\n');
    }

    /** Text as Markdown shows it literally: table pipes, emphasis and line breaks escaped. */
    private static String text(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("\r", " ").replace("\n", " ");
    }
}
