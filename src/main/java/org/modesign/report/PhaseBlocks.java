package org.modesign.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Tool;
import org.modesign.plan.HiringPlan;
import org.modesign.plan.PhaseStep;

/**
 * One phase of one scenario in the report: its goal and objectives, its key figures, the chart at
 * that phase, the hires to make, the tools deployed and retired, and the findings that remain.
 * Long lists are cut and the rest counted, so a large design's report stays a readable length.
 */
final class PhaseBlocks {

    /** The most hires a phase lists; the rest are counted. */
    static final int HIRE_ROWS = 40;
    /** The most tool changes a phase lists; the rest are counted. */
    static final int TOOL_ROWS = 40;
    /** The most findings a phase lists, errors first; the rest are counted. */
    static final int FINDING_ROWS = 30;

    private final Design design;
    private final ScenarioFacts facts;
    private final ReportWords words;
    private final Rows rows;
    private final PhaseCharts charts;

    PhaseBlocks(Design design, ScenarioFacts facts, ReportWords words) {
        this.design = design;
        this.facts = facts;
        this.words = words;
        this.rows = new Rows(design, words);
        this.charts = new PhaseCharts(design, facts, words);
    }

    ReportSection section(int p) {
        Phase phase = design.phases().get(p);
        PhaseStep step = facts.plan().phases().get(p);
        List<Block> blocks = new ArrayList<>();
        blocks.add(step.goal().isEmpty() ? Block.Paragraph.note(words.get(ReportText.NO_GOAL))
                : Block.Paragraph.of(words.get(ReportText.GOAL, step.goal())));
        objectives(step, blocks);
        blocks.add(new Block.Subheading(words.get(ReportText.KEY_FIGURES)));
        blocks.add(figures(p));
        blocks.addAll(charts.of(p));
        hires(phase, blocks);
        tools(step, blocks);
        findings(phase, step, blocks);
        return new ReportSection(2, phase.name(), blocks);
    }

    private void objectives(PhaseStep step, List<Block> blocks) {
        if (step.objectives().isEmpty()) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (Objective o : design.charter().objectives()) {
            if (step.objectives().contains(o.id())) {
                cells.add(List.of(o.text(), o.measure(), o.target()));
            }
        }
        blocks.add(new Block.Subheading(words.get(ReportText.OBJECTIVES)));
        blocks.add(new Block.Table(List.of(words.get(ReportText.OBJECTIVE), words.get(ReportText.MEASURE),
                words.get(ReportText.TARGET)), cells, List.of(false, false, false)));
    }

    /** The key figures in two pairs of columns, so that they take half the height. */
    private Block.Table figures(int p) {
        List<String> values = KeyFigures.values(facts, p, words);
        int half = (KeyFigures.NAMES.size() + 1) / 2;
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            int j = i + half;
            cells.add(List.of(words.get(KeyFigures.NAMES.get(i)), values.get(i),
                    j < values.size() ? words.get(KeyFigures.NAMES.get(j)) : "", j < values.size() ? values.get(j) : ""));
        }
        String figure = words.get(ReportText.FIGURE);
        String value = words.get(ReportText.VALUE);
        return new Block.Table(List.of(figure, value, figure, value), cells, List.of(false, true, false, true));
    }

    private void hires(Phase phase, List<Block> blocks) {
        blocks.add(new Block.Subheading(words.get(ReportText.HIRES)));
        List<HiringPlan.Hire> hires = facts.hires().stream().filter(h -> h.phase().equals(phase.id())).toList();
        if (hires.isEmpty()) {
            blocks.add(Block.Paragraph.note(words.get(ReportText.NO_HIRES)));
            return;
        }
        double fte = hires.stream().mapToDouble(HiringPlan.Hire::fte).sum();
        double cost = hires.stream().mapToDouble(HiringPlan.Hire::cost).sum();
        blocks.add(Block.Paragraph.of(words.get(ReportText.HIRES_SUMMARY, hires.size(), words.number(fte),
                words.money(cost))));
        List<List<String>> cells = new ArrayList<>();
        for (HiringPlan.Hire h : hires.subList(0, Math.min(HIRE_ROWS, hires.size()))) {
            cells.add(List.of(h.title(), h.team() == null ? "" : h.team(), rows.region(h.region()),
                    words.staffing(h.staffing()), words.number(h.fte()), words.money(h.cost())));
        }
        more(cells, hires.size() - HIRE_ROWS, 6);
        blocks.add(new Block.Table(List.of(words.get(ReportText.ROLE), words.get(ReportText.TEAM),
                words.get(ReportText.REGION), words.get(ReportText.STAFFING), words.get(ReportText.FTE),
                words.get(ReportText.YEARLY_COST)), cells, List.of(false, false, false, false, true, true)));
    }

    private void tools(PhaseStep step, List<Block> blocks) {
        blocks.add(new Block.Subheading(words.get(ReportText.TOOL_CHANGES)));
        if (step.toolsAdded().isEmpty() && step.toolsRetired().isEmpty()) {
            blocks.add(Block.Paragraph.note(words.get(ReportText.NO_TOOL_CHANGES)));
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (PhaseStep.Deployment d : step.toolsAdded()) {
            cells.add(tool(d, words.get(ReportText.DEPLOYED)));
        }
        for (PhaseStep.Deployment d : step.toolsRetired()) {
            cells.add(tool(d, words.get(ReportText.RETIRED)));
        }
        int changes = cells.size();
        if (changes > TOOL_ROWS) {
            cells.subList(TOOL_ROWS, changes).clear();
            more(cells, changes - TOOL_ROWS, 5);
        }
        blocks.add(new Block.Table(List.of(words.get(ReportText.TOOL), words.get(ReportText.CATEGORY),
                words.get(ReportText.REGION), words.get(ReportText.CHANGE), words.get(ReportText.YEARLY_COST)), cells,
                List.of(false, false, false, false, true)));
    }

    private List<String> tool(PhaseStep.Deployment d, String change) {
        Tool tool = design.tool(d.tool()).orElse(null);
        return List.of(tool == null ? d.tool() : tool.name(), tool == null ? "" : words.category(tool.category()),
                rows.region(d.region()), change, tool == null ? "" : words.money(tool.cost()));
    }

    private void findings(Phase phase, PhaseStep step, List<Block> blocks) {
        blocks.add(new Block.Subheading(words.get(ReportText.FINDINGS)));
        blocks.add(Block.Paragraph.note(words.get(ReportText.FINDINGS_CHANGE, step.findingsNew(),
                step.findingsResolved())));
        List<Finding> remaining = new ArrayList<>(facts.findings().stream()
                .filter(f -> KeyFigures.inPhase(f, phase.id())).toList());
        if (remaining.isEmpty()) {
            blocks.add(Block.Paragraph.note(words.get(ReportText.NO_FINDINGS)));
            return;
        }
        remaining.sort(Comparator.comparing(Finding::severity));
        List<List<String>> cells = new ArrayList<>();
        for (Finding f : remaining.subList(0, Math.min(FINDING_ROWS, remaining.size()))) {
            cells.add(List.of(words.severity(f.severity()), words.finding(f)));
        }
        more(cells, remaining.size() - FINDING_ROWS, 2);
        blocks.add(new Block.Table(List.of(words.get(ReportText.SEVERITY), words.get(ReportText.FINDING)), cells,
                List.of(false, false)));
    }

    /** A last row that counts the {@code more} rows left out, when there are any. */
    private void more(List<List<String>> cells, int more, int columns) {
        if (more > 0) {
            List<String> row = new ArrayList<>();
            row.add(words.get(ReportText.MORE, more));
            while (row.size() < columns) {
                row.add("");
            }
            cells.add(row);
        }
    }
}
