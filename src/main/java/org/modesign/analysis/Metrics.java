package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Computes the metrics of format.md §4 and format-v2.md §5, per phase, in O((nodes + edges +
 * responsibilities + stack entries) × phases). FTE is FTE in phase; letters are held letters,
 * executives holding them included where format-v2.md §7 says so.
 */
public final class Metrics {

    private Metrics() {
    }

    /** The metrics of one scenario of the design. */
    public static ScenarioMetrics of(Design design, Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        return of(design, index, Validator.validate(design, index));
    }

    /**
     * The metrics of the index's scenario, counting the findings of the phase ({@code unstaffed},
     * {@code overlaps}, {@code unsupported}, {@code unownedTools}, {@code duplicateTools}) in
     * {@code scenarioFindings}, which must be all the findings {@link Validator} gives for it.
     */
    public static ScenarioMetrics of(Design design, ScenarioIndex index, List<Finding> scenarioFindings) {
        DesignIndex phases = index.designIndex();
        PhaseCounts counts = PhaseCounts.of(index, scenarioFindings);
        ChainTargets toCeo = ChainTargets.of(index, index::isCeo);
        Workforce workforce = Workforce.of(index);
        StackFigures stack = new StackFigures(index.stack());
        Hires hires = index.hires();
        List<PhaseMetrics> list = new ArrayList<>();
        for (int p = 0; p < phases.phaseCount(); p++) {
            list.add(phase(index, toCeo, workforce, stack, p, counts, hires.count(p)));
        }
        Scenario scenario = index.scenario();
        return new ScenarioMetrics(scenario.id(), scenario.name(), list);
    }

    /** The roles active in each phase and their FTE in the phase, in phase order: two of the metrics, at a fraction of the cost. */
    public static List<Headcount> headcounts(ScenarioIndex index) {
        Workforce workforce = Workforce.of(index);
        List<Headcount> list = new ArrayList<>();
        for (int p = 0; p < index.designIndex().phaseCount(); p++) {
            list.add(headcount(index, workforce, p));
        }
        return list;
    }

    private static Headcount headcount(ScenarioIndex index, Workforce workforce, int p) {
        int roles = 0;
        double fte = 0;
        for (int v = 0; v < index.size(); v++) {
            if (index.isActive(v, p) && index.isRole(v)) {
                roles++;
                fte += workforce.fte(index.role(v), p);
            }
        }
        return new Headcount(index.designIndex().phase(p).id(), roles, fte);
    }

    private static PhaseMetrics phase(ScenarioIndex index, ChainTargets toCeo, Workforce workforce,
            StackFigures stack, int p, PhaseCounts counts, int hires) {
        FteSplit fte = new FteSplit(index.designIndex());
        int roles = 0;
        int teams = 0;
        int layers = 0;
        double peopleCost = 0;
        double openFte = 0;
        for (int v = 0; v < index.size(); v++) {
            if (index.isActive(v, p) && index.isRole(v)) {
                Role role = index.role(v);
                double roleFte = workforce.fte(role, p);
                roles++;
                fte.add(index, v, roleFte);
                peopleCost += roleFte * workforce.costPerFte(role);
                if (role.staffing().vacant()) {
                    openFte += roleFte;
                }
                if (toCeo.activeAll(v, p)) {
                    layers = Math.max(layers, toCeo.distance(v));
                }
            } else if (index.isActive(v, p) && index.isTeam(v)) {
                teams++;
            }
        }
        Spans spans = Spans.of(index, p);
        int required = requiredSlots(index.designIndex(), p);
        int unstaffed = counts.of(Rule.UNSTAFFED_CAPABILITY, p);
        int staffed = required - unstaffed;
        stack.phase(p);
        double toolCost = stack.cost();
        double total = toolCost + peopleCost;
        return new PhaseMetrics(index.designIndex().phase(p).id(), fte.total(), fte.byArchetype(),
                fte.byRegion(), fte.bySourcing(), fte.byOffice(), roles, teams, layers, spans.max(),
                spans.mean(), required, staffed, required == 0 ? 1.0 : (double) staffed / required,
                unstaffed, counts.of(Rule.OVERLAPPING_RESPONSIBILITY, p), fte.centralShare(),
                duplicatedCapabilities(index, p), stack.tools(), toolCost, stack.byCategory(), peopleCost,
                total == 0 ? 0.0 : toolCost / total, openFte, hires, counts.of(Rule.UNSUPPORTED_CAPABILITY, p),
                counts.of(Rule.TOOL_WITHOUT_OWNER, p), counts.of(Rule.DUPLICATE_TOOLS, p));
    }

    private static int requiredSlots(DesignIndex design, int p) {
        int slots = 0;
        for (int k = 0; k < design.requiredCount(p); k++) {
            slots += design.slotCount(design.required(p, k));
        }
        return slots;
    }

    /**
     * Capabilities held {@code A} in the phase by holders of two or more regions, {@code global}
     * counting as one (an executive is {@code global}).
     */
    private static int duplicatedCapabilities(ScenarioIndex index, int p) {
        HeldLetters letters = index.letters();
        int duplicated = 0;
        for (int c = 0; c < index.designIndex().capabilityCount(); c++) {
            int firstRegion = -1;
            for (int k = 0; k < letters.count(c); k++) {
                if (letters.letter(c, k) == Raci.A && letters.isHeld(c, k, p)) {
                    int region = letters.region(c, k);
                    if (firstRegion < 0) {
                        firstRegion = region;
                    } else if (firstRegion != region) {
                        duplicated++;
                        break;
                    }
                }
            }
        }
        return duplicated;
    }

    /** The scenario's findings counted per rule and phase. */
    private record PhaseCounts(int[][] counts) {

        static PhaseCounts of(ScenarioIndex index, List<Finding> findings) {
            DesignIndex design = index.designIndex();
            int[][] counts = new int[Rule.values().length][design.phaseCount()];
            String scenario = index.scenario().id();
            for (Finding f : findings) {
                int p = design.phaseIndex(f.phase());
                if (p >= 0 && scenario.equals(f.scenario())) {
                    counts[f.rule().ordinal()][p]++;
                }
            }
            return new PhaseCounts(counts);
        }

        int of(Rule rule, int p) {
            return counts[rule.ordinal()][p];
        }
    }

    /** Most and mean active direct reports over the active nodes that have at least one. */
    private record Spans(int max, double mean) {

        static Spans of(ScenarioIndex index, int p) {
            int max = 0;
            int managers = 0;
            long reports = 0;
            for (int v = 0; v < index.size(); v++) {
                if (index.isActive(v, p)) {
                    int span = index.activeDirectReportCount(v, p);
                    if (span > 0) {
                        max = Math.max(max, span);
                        managers++;
                        reports += span;
                    }
                }
            }
            return new Spans(max, managers == 0 ? 0.0 : (double) reports / managers);
        }
    }
}
