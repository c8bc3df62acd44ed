package org.modesign.report;

import java.util.ArrayList;
import java.util.List;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.Readiness;
import org.modesign.model.Scenario;

/**
 * Puts the plan report together from the core's computations: the cover, the charter, then per
 * scenario its budget by phase and a section per phase ({@link PhaseBlocks}), then the comparison
 * of the scenarios. Each scenario is analysed once ({@link ScenarioFacts}).
 */
public final class ReportBuilder {

    private final Design design;
    private final ReportWords words;
    private final Rows rows;

    private ReportBuilder(Design design, ReportWords words) {
        this.design = design;
        this.words = words;
        this.rows = new Rows(design, words);
    }

    /** The report of {@code scenarios} (of {@code design}) in the words given. */
    public static ReportDocument build(Design design, List<Scenario> scenarios, ReportWords words) {
        return new ReportBuilder(design, words).document(scenarios);
    }

    private ReportDocument document(List<Scenario> scenarios) {
        List<ScenarioFacts> facts = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            facts.add(ScenarioFacts.of(design, scenario));
        }
        List<ReportSection> sections = new ArrayList<>();
        sections.add(charter());
        for (ScenarioFacts f : facts) {
            sections.add(budget(f));
            PhaseBlocks phases = new PhaseBlocks(design, f, words);
            for (int p = 0; p < design.phases().size(); p++) {
                sections.add(phases.section(p));
            }
        }
        sections.add(comparison(facts));
        int roles = facts.isEmpty() ? 0 : roles(facts.get(0));
        List<String> readiness = new ArrayList<>();
        for (Readiness r : design.charter().readiness()) {
            readiness.add(words.readiness(r.test()) + ": " + words.answer(r.answer()));
        }
        return new ReportDocument(design.title(), words.get(ReportText.SUBTITLE),
                words.get(ReportText.COVER_SIZE, scenarios.size(), design.phases().size(), roles),
                design.charter().mission(), readiness, sections, words);
    }

    private static int roles(ScenarioFacts facts) {
        int roles = 0;
        for (int v = 0; v < facts.index().size(); v++) {
            roles += facts.index().isRole(v) ? 1 : 0;
        }
        return roles;
    }

    private ReportSection charter() {
        Charter charter = design.charter();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Subheading(words.get(ReportText.MISSION)));
        blocks.add(charter.mission().isEmpty() ? Block.Paragraph.note(words.get(ReportText.NO_MISSION))
                : Block.Paragraph.of(charter.mission()));
        if (!charter.readiness().isEmpty()) {
            List<List<String>> cells = new ArrayList<>();
            for (Readiness r : charter.readiness()) {
                cells.add(List.of(words.readiness(r.test()), words.answer(r.answer()), r.note()));
            }
            blocks.add(new Block.Subheading(words.get(ReportText.READINESS)));
            blocks.add(new Block.Table(List.of(words.get(ReportText.READINESS_TEST),
                    words.get(ReportText.READINESS_ANSWER), words.get(ReportText.READINESS_NOTE)), cells,
                    List.of(false, false, false)));
        }
        if (!charter.objectives().isEmpty()) {
            List<List<String>> cells = new ArrayList<>();
            for (Objective o : charter.objectives()) {
                cells.add(List.of(o.text(), o.measure(), o.target(), rows.phase(o.phase())));
            }
            blocks.add(new Block.Subheading(words.get(ReportText.OBJECTIVES)));
            blocks.add(new Block.Table(List.of(words.get(ReportText.OBJECTIVE), words.get(ReportText.MEASURE),
                    words.get(ReportText.TARGET), words.get(ReportText.PHASE)), cells,
                    List.of(false, false, false, false)));
        }
        if (!charter.obstacles().isEmpty()) {
            List<List<String>> cells = new ArrayList<>();
            for (Obstacle o : charter.obstacles()) {
                cells.add(List.of(words.obstacle(o.kind()), o.text(), o.strategy()));
            }
            blocks.add(new Block.Subheading(words.get(ReportText.OBSTACLES)));
            blocks.add(new Block.Table(List.of(words.get(ReportText.KIND), words.get(ReportText.OBSTACLE),
                    words.get(ReportText.STRATEGY)), cells, List.of(false, false, false)));
        }
        return new ReportSection(1, words.get(ReportText.CHARTER), blocks);
    }

    /** The scenario's section: its budget by phase (its phases follow as sections of their own). */
    private ReportSection budget(ScenarioFacts facts) {
        List<List<String>> cells = new ArrayList<>();
        for (PhaseMetrics m : facts.metrics().phases()) {
            cells.add(List.of(rows.phase(m.phase()), words.money(m.peopleCost()), words.money(m.toolCost()),
                    words.money(m.peopleCost() + m.toolCost()), words.percent(m.martechShare()),
                    words.number(m.openFte()), words.number(m.hires())));
        }
        List<Block> blocks = List.of(new Block.Subheading(words.get(ReportText.BUDGET)),
                Block.Paragraph.note(words.get(ReportText.BUDGET_NOTE, words.currency().isEmpty() ? 0 : 1,
                        words.currency())),
                new Block.Table(List.of(words.get(ReportText.PHASE), words.get(ReportText.PEOPLE_COST),
                        words.get(ReportText.MARTECH_COST), words.get(ReportText.TOTAL_COST),
                        words.get(ReportText.MARTECH_SHARE), words.get(ReportText.OPEN_FTE),
                        words.get(ReportText.HIRES)), cells, List.of(false, true, true, true, true, true, true)));
        return new ReportSection(1, words.get(ReportText.SCENARIO, facts.scenario().name()), blocks);
    }

    /** The key figures of every scenario side by side, phase by phase. */
    private ReportSection comparison(List<ScenarioFacts> facts) {
        List<Block> blocks = new ArrayList<>();
        if (facts.size() < 2) {
            blocks.add(Block.Paragraph.note(words.get(ReportText.COMPARISON_ONE)));
            return new ReportSection(1, words.get(ReportText.COMPARISON), blocks);
        }
        List<String> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        columns.add(words.get(ReportText.FIGURE));
        numeric.add(false);
        for (ScenarioFacts f : facts) {
            columns.add(f.scenario().name());
            numeric.add(true);
        }
        for (int p = 0; p < design.phases().size(); p++) {
            List<List<String>> values = new ArrayList<>();
            for (ScenarioFacts f : facts) {
                values.add(KeyFigures.values(f, p, words));
            }
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < KeyFigures.NAMES.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(words.get(KeyFigures.NAMES.get(i)));
                for (List<String> v : values) {
                    row.add(v.get(i));
                }
                cells.add(row);
            }
            blocks.add(new Block.Subheading(words.get(ReportText.COMPARISON_PHASE, design.phases().get(p).name())));
            blocks.add(new Block.Table(columns, cells, numeric));
        }
        return new ReportSection(1, words.get(ReportText.COMPARISON), blocks);
    }
}
