package org.modesign.model;

import static org.modesign.model.Integrity.quote;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of format-v2.md §2 and §7 for the parts every scenario shares: the settings' currency
 * and costs, the tools catalogue and the charter.
 */
final class PlanChecks {

    private PlanChecks() {
    }

    static void settings(Integrity check) {
        Settings settings = check.design().settings();
        String currency = settings.currency();
        int length = currency.codePointCount(0, currency.length());
        if (length > Settings.MAX_CURRENCY_CHARS) {
            check.add("settings.currency", "the currency is " + length + " characters long, more than the limit of "
                    + Settings.MAX_CURRENCY_CHARS);
        }
        for (Map.Entry<Archetype, Double> cost : settings.costPerFte().entrySet()) {
            if (!HolderChecks.isCost(cost.getValue())) {
                check.add("settings.costPerFte." + cost.getKey().code(), HolderChecks.notACost(cost.getValue()));
            }
        }
    }

    /** Checks the tools; every tool with a valid, new id becomes a tool that stack entries may name. */
    static void tools(Integrity check) {
        List<Tool> tools = check.design().tools();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            Tool tool = tools.get(i);
            String path = "tools[" + i + "]";
            if (check.checkId(() -> path + ".id", tool.id(), "tool", seen)) {
                check.addTool(tool.id());
            }
            if (!HolderChecks.isCost(tool.cost())) {
                check.add(path + ".cost", HolderChecks.notACost(tool.cost()));
            }
            Set<String> served = new HashSet<>();
            for (int j = 0; j < tool.capabilities().size(); j++) {
                String capability = tool.capabilities().get(j);
                if (!check.knowsCapability(capability)) {
                    check.add(path + ".capabilities[" + j + "]", "no capability " + quote(capability)
                            + " in the catalogue");
                } else if (!served.add(capability)) {
                    check.add(path + ".capabilities[" + j + "]", "tool " + quote(tool.name())
                            + " names capability " + quote(capability) + " twice");
                }
            }
        }
    }

    static void charter(Integrity check) {
        Charter charter = check.design().charter();
        Set<ReadinessTest> answered = EnumSet.noneOf(ReadinessTest.class);
        for (int i = 0; i < charter.readiness().size(); i++) {
            ReadinessTest test = charter.readiness().get(i).test();
            if (!answered.add(test)) {
                check.add("charter.readiness[" + i + "].test", "the readiness test " + quote(test.code())
                        + " is answered twice; each test is answered at most once");
            }
        }
        Set<String> objectives = new HashSet<>();
        for (int i = 0; i < charter.objectives().size(); i++) {
            Objective objective = charter.objectives().get(i);
            String path = "charter.objectives[" + i + "]";
            check.checkId(() -> path + ".id", objective.id(), "objective", objectives);
            if (objective.phase() != null && check.phaseIndex(objective.phase()) == null) {
                check.add(path + ".phase", "no phase " + quote(objective.phase()) + " in the plan");
            }
        }
        Set<String> obstacles = new HashSet<>();
        for (int i = 0; i < charter.obstacles().size(); i++) {
            String path = "charter.obstacles[" + i + "].id";
            check.checkId(() -> path, charter.obstacles().get(i).id(), "obstacle", obstacles);
        }
    }
}
