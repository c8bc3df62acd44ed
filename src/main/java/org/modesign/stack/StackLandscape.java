package org.modesign.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.analysis.DesignIndex;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.analysis.StackIndex;
import org.modesign.analysis.Validator;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;
import org.modesign.render.BadgeSeverity;
import org.modesign.render.StackChip;
import org.modesign.render.StackScene;
import org.modesign.render.TextMeasure;

/**
 * What the stack landscape shows of a scenario in a phase (or in all phases), from the core's facts:
 * a chip per deployment active then ({@link StackIndex}), in its region's column and its tool's
 * layer, with its tool's name and its owner's title; a chip per gap, work that needs a tool and has
 * none; and on each chip the marks of the findings about it. The findings are given (the editor's
 * live analysis, or {@link #validated} for an export); nothing here judges the stack itself:
 * {@code tool-without-owner} marks its deployment, {@code duplicate-tools} the deployments of the
 * tools it names that serve its capability and cover its slot, {@code unsupported-capability} is a
 * gap in its slot's region. Chips go in the order of their tools' categories, then names.
 */
public final class StackLandscape {

    private static final Comparator<Tool> BY_CATEGORY_AND_NAME = Comparator.<Tool, Integer>comparing(
            t -> t.category().ordinal()).thenComparing(Tool::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Tool::id);

    private final List<String> columns;
    private final List<String> layers;
    private final StackLabels labels;
    private final List<StackChip> chips = new ArrayList<>();
    private final List<StackEntry> entries = new ArrayList<>();
    private final List<List<Finding>> findings = new ArrayList<>();

    private StackLandscape(List<String> columns, StackLabels labels) {
        this.columns = List.copyOf(columns);
        List<String> names = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            names.add(labels.layer(layer));
        }
        this.layers = List.copyOf(names);
        this.labels = labels;
    }

    /**
     * The landscape of {@code scenario} in phase {@code phaseId} ({@code null}: every deployment, and
     * the findings of every phase), marked with those of {@code found} that are about the scenario
     * and the phase.
     */
    public static StackLandscape of(Design design, Scenario scenario, String phaseId, List<Finding> found,
            StackLabels labels) {
        return of(ScenarioIndex.of(design, scenario).stack(), phaseId, found, labels);
    }

    /** As {@link #of(Design, Scenario, String, List, StackLabels)}, on an index made already. */
    public static StackLandscape of(StackIndex stack, String phaseId, List<Finding> found, StackLabels labels) {
        return new Builder(stack, phaseId, labels).build(found);
    }

    /** The landscape with the validator's findings of the scenario (for exports, which have no live analysis). */
    public static StackLandscape validated(Design design, Scenario scenario, String phaseId, StackLabels labels) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        return of(index.stack(), phaseId, Validator.validate(design, index), labels);
    }

    /** The chips, deployments first, each cell's in the order they are drawn. */
    public List<StackChip> chips() {
        return chips;
    }

    /** The deployment chip {@code i} stands for, or {@code null} for a gap. */
    public StackEntry entry(int i) {
        return entries.get(i);
    }

    /** The findings behind chip {@code i}'s marks, in the validator's order. */
    public List<Finding> findings(int i) {
        return findings.get(i);
    }

    /** The columns' names: {@code global}'s, then each region's. */
    public List<String> columns() {
        return columns;
    }

    /** Lays the landscape out, its words wrapped as {@code measure} measures them. */
    public StackScene layout(TextMeasure measure) {
        return StackScene.layout(columns, layers, chips, labels.legend(), measure);
    }

    /** Works one landscape out. */
    private static final class Builder {

        private final StackIndex stack;
        private final ScenarioIndex index;
        private final DesignIndex design;
        private final String phaseId;
        private final int phase;
        private final StackLabels labels;
        private final Map<String, Integer> entryOf = new HashMap<>();
        private final int[] marks;
        private final Severity[] worst;
        private final List<List<Finding>> why;
        private final Map<String, Gap> gaps = new LinkedHashMap<>();

        Builder(StackIndex stack, String phaseId, StackLabels labels) {
            this.stack = stack;
            this.index = stack.index();
            this.design = index.designIndex();
            this.phase = phaseId == null ? -1 : design.phaseIndex(phaseId);
            this.phaseId = phase < 0 ? null : phaseId;
            this.labels = labels;
            marks = new int[stack.size()];
            worst = new Severity[stack.size()];
            why = new ArrayList<>(stack.size());
            for (int e = 0; e < stack.size(); e++) {
                entryOf.put(key(stack.tool(e).id(), design.regionId(stack.region(e))), e);
                why.add(null);
            }
        }

        private static String key(String a, String b) {
            return a + '\n' + b;
        }

        private boolean shown(int e) {
            return phase < 0 || stack.isActive(e, phase);
        }

        StackLandscape build(List<Finding> found) {
            String scenario = index.scenario().id();
            for (Finding f : found) {
                if (!scenario.equals(f.scenario()) || (phaseId != null && f.phase() != null
                        && !f.phase().equals(phaseId))) {
                    continue;
                }
                switch (f.rule()) {
                    case TOOL_WITHOUT_OWNER -> {
                        Integer e = f.tool() == null ? null : entryOf.get(key(f.tool(), f.region()));
                        if (e != null && shown(e)) {
                            mark(e, f.nodes().isEmpty() ? StackChip.NO_OWNER : StackChip.OWNER_INACTIVE, f);
                        }
                    }
                    case DUPLICATE_TOOLS -> duplicate(f);
                    case UNSUPPORTED_CAPABILITY -> gap(f);
                    default -> {
                    }
                }
            }
            List<String> columns = new ArrayList<>();
            columns.add(labels.globalRegion());
            for (Region region : design.design().regions()) {
                columns.add(region.name());
            }
            StackLandscape landscape = new StackLandscape(columns, labels);
            deployments(landscape);
            for (Gap gap : gaps.values()) {
                Capability capability = design.capability(gap.capability);
                landscape.chips.add(new StackChip(null, capability.id(), design.regionId(gap.region),
                        capability.name(), labels.noTool(), null, capability.layer(), gap.region, StackChip.NO_TOOL,
                        badge(gap.worst)));
                landscape.entries.add(null);
                landscape.findings.add(List.copyOf(gap.findings));
            }
            return landscape;
        }

        private void deployments(StackLandscape landscape) {
            List<Integer> shownEntries = new ArrayList<>();
            for (int e = 0; e < stack.size(); e++) {
                if (shown(e)) {
                    shownEntries.add(e);
                }
            }
            shownEntries.sort(Comparator.comparing((Integer e) -> stack.tool(e), BY_CATEGORY_AND_NAME)
                    .thenComparing(e -> stack.region(e)));
            for (int e : shownEntries) {
                Tool tool = stack.tool(e);
                StackEntry entry = stack.entry(e);
                int owner = stack.owner(e);
                String title = owner >= 0 ? index.node(owner).label() : entry.owner();
                String detail = title == null ? labels.noOwner()
                        : (marks[e] & StackChip.OWNER_INACTIVE) != 0 ? labels.ownerInactive(title) : title;
                landscape.chips.add(new StackChip(tool.id(), null, design.regionId(stack.region(e)), tool.name(),
                        detail, tool.category(), tool.layer(), stack.region(e), marks[e], badge(worst[e])));
                landscape.entries.add(entry);
                landscape.findings.add(why.get(e) == null ? List.of() : List.copyOf(why.get(e)));
            }
        }

        private void mark(int e, int mark, Finding f) {
            marks[e] |= mark;
            worst[e] = worse(worst[e], f.severity());
            if (why.get(e) == null) {
                why.set(e, new ArrayList<>());
            }
            why.get(e).add(f);
        }

        /** Marks the deployments of the finding's tools that serve its capability, cover its slot and run in its phase. */
        private void duplicate(Finding f) {
            int c = f.capability() == null ? -1 : design.capabilityIndex(f.capability());
            int r = f.region() == null ? DesignIndex.GLOBAL : design.regionIndex(f.region());
            int p = f.phase() == null ? -1 : design.phaseIndex(f.phase());
            if (c < 0 || r < 0) {
                return;
            }
            Set<String> tools = new HashSet<>(f.tools());
            for (int k = 0; k < stack.servingCount(c); k++) {
                int e = stack.serving(c, k);
                if (tools.contains(stack.tool(e).id()) && (r == DesignIndex.GLOBAL || stack.covers(e, r))
                        && (p < 0 || stack.isActive(e, p)) && shown(e)) {
                    mark(e, StackChip.DUPLICATE, f);
                }
            }
        }

        /** A gap in the finding's slot: one chip per capability and region, whatever the phases. */
        private void gap(Finding f) {
            int c = f.capability() == null ? -1 : design.capabilityIndex(f.capability());
            int r = f.region() == null ? DesignIndex.GLOBAL : design.regionIndex(f.region());
            if (c < 0 || r < 0) {
                return;
            }
            Gap gap = gaps.computeIfAbsent(key(f.capability(), design.regionId(r)), k -> new Gap(c, r));
            gap.worst = worse(gap.worst, f.severity());
            gap.findings.add(f);
        }

        private static Severity worse(Severity a, Severity b) {
            return a == null || b.compareTo(a) < 0 ? b : a;
        }

        private static BadgeSeverity badge(Severity severity) {
            return severity == null ? null : BadgeSeverity.valueOf(severity.name());
        }
    }

    /** Work without its tool in one slot. */
    private static final class Gap {
        final int capability;
        final int region;
        final List<Finding> findings = new ArrayList<>();
        Severity worst;

        Gap(int capability, int region) {
            this.capability = capability;
            this.region = region;
        }
    }
}
