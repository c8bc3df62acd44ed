package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Scenario;

/** Computes the metrics of format.md §4, per phase, in O((nodes + edges + responsibilities) × phases). */
public final class Metrics {

    private Metrics() {
    }

    /** The metrics of one scenario of the design. */
    public static ScenarioMetrics of(Design design, Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        return of(design, index, Validator.validate(design, index));
    }

    /**
     * The metrics of the index's scenario, counting {@code unstaffed} and {@code overlaps} in
     * {@code scenarioFindings}, which must be all the findings {@link Validator} gives for it.
     */
    public static ScenarioMetrics of(Design design, ScenarioIndex index, List<Finding> scenarioFindings) {
        DesignIndex phases = index.designIndex();
        int[] unstaffed = new int[phases.phaseCount()];
        int[] overlaps = new int[phases.phaseCount()];
        for (Finding f : scenarioFindings) {
            int p = phases.phaseIndex(f.phase());
            if (p >= 0 && f.scenario().equals(index.scenario().id())) {
                if (f.rule() == Rule.UNSTAFFED_CAPABILITY) {
                    unstaffed[p]++;
                } else if (f.rule() == Rule.OVERLAPPING_RESPONSIBILITY) {
                    overlaps[p]++;
                }
            }
        }
        ChainTargets toCeo = ChainTargets.of(index, index::isCeo);
        List<PhaseMetrics> list = new ArrayList<>();
        for (int p = 0; p < phases.phaseCount(); p++) {
            list.add(phase(index, toCeo, p, unstaffed[p], overlaps[p]));
        }
        Scenario scenario = index.scenario();
        return new ScenarioMetrics(scenario.id(), scenario.name(), list);
    }

    /** The roles active in each phase and their FTE, in phase order: two of the metrics, at a fraction of the cost. */
    public static List<Headcount> headcounts(ScenarioIndex index) {
        List<Headcount> list = new ArrayList<>();
        for (int p = 0; p < index.designIndex().phaseCount(); p++) {
            list.add(headcount(index, p));
        }
        return list;
    }

    private static Headcount headcount(ScenarioIndex index, int p) {
        int roles = 0;
        double fte = 0;
        for (int v = 0; v < index.size(); v++) {
            if (index.isActive(v, p) && index.isRole(v)) {
                roles++;
                fte += index.role(v).fte();
            }
        }
        return new Headcount(index.designIndex().phase(p).id(), roles, fte);
    }

    private static PhaseMetrics phase(ScenarioIndex index, ChainTargets toCeo, int p, int unstaffed,
            int overlaps) {
        FteSplit fte = new FteSplit(index.designIndex());
        Headcount headcount = headcount(index, p);
        int teams = 0;
        int layers = 0;
        for (int v = 0; v < index.size(); v++) {
            if (index.isActive(v, p) && index.isRole(v)) {
                fte.add(index, v);
                if (toCeo.activeAll(v, p)) {
                    layers = Math.max(layers, toCeo.distance(v));
                }
            } else if (index.isActive(v, p) && index.isTeam(v)) {
                teams++;
            }
        }
        Spans spans = Spans.of(index, p);
        int required = requiredSlots(index.designIndex(), p);
        int staffed = required - unstaffed;
        return new PhaseMetrics(headcount.phase(), headcount.fte(), fte.byArchetype(),
                fte.byRegion(), fte.bySourcing(), fte.byOffice(), headcount.roles(), teams, layers, spans.max(),
                spans.mean(), required, staffed, required == 0 ? 1.0 : (double) staffed / required,
                unstaffed, overlaps, fte.centralShare(), duplicatedCapabilities(index, p));
    }

    private static int requiredSlots(DesignIndex design, int p) {
        int slots = 0;
        for (int k = 0; k < design.requiredCount(p); k++) {
            slots += design.slotCount(design.required(p, k));
        }
        return slots;
    }

    /** Capabilities held {@code A} by active roles of two or more regions, global counting as one. */
    private static int duplicatedCapabilities(ScenarioIndex index, int p) {
        int duplicated = 0;
        for (int c = 0; c < index.designIndex().capabilityCount(); c++) {
            int firstRegion = -1;
            for (int k = 0; k < index.holderCount(c); k++) {
                int v = index.holder(c, k);
                if (index.holderLetter(c, k) == Raci.A && index.isActive(v, p)) {
                    if (firstRegion < 0) {
                        firstRegion = index.regionIndex(v);
                    } else if (firstRegion != index.regionIndex(v)) {
                        duplicated++;
                        break;
                    }
                }
            }
        }
        return duplicated;
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
