package org.modesign.report;

import org.modesign.text.Message;

/**
 * Every word the plan report writes besides the user's own text, the findings and the chart's
 * labels: its headings, column names and notes. Where the editor already has the word (a metric's
 * name, the charter's headings, the plan view's columns) the report uses that key and its very
 * English, so the report and the editor say the same; its own keys start with {@code report.}.
 */
public enum ReportText implements Message {
    SUBTITLE("report.subtitle", "Transition plan for leadership"),
    COVER_SIZE("report.cover.size", "{0,choice,1#1 scenario|1<{0,number,integer} scenarios} \u00b7 "
            + "{1,choice,0#no phases|1#1 phase|1<{1,number,integer} phases} \u00b7 "
            + "{2,choice,0#no roles|1#1 role|1<{2,number,integer} roles}"),
    CONTENTS("report.contents", "Contents"),
    PAGE("report.page", "Page {0,number,integer} of {1,number,integer}"),
    CHARTER("charter.title", "Charter"),
    MISSION("charter.mission", "Mission"),
    NO_MISSION("report.noMission", "No mission has been written yet."),
    READINESS("charter.readiness", "Readiness"),
    READINESS_TEST("report.column.test", "Test"),
    READINESS_ANSWER("report.column.answer", "Answer"),
    READINESS_NOTE("report.column.note", "Note"),
    OBJECTIVES("charter.objectives", "Objectives"),
    OBJECTIVE("charter.column.objective", "Objective"),
    MEASURE("charter.column.measure", "Measure"),
    TARGET("charter.column.target", "Target"),
    PHASE("charter.column.phase", "Phase"),
    NO_PHASE("charter.phase.none", "No phase"),
    OBSTACLES("charter.obstacles", "Obstacles"),
    KIND("charter.column.kind", "Kind"),
    OBSTACLE("charter.column.obstacle", "Obstacle"),
    STRATEGY("charter.column.strategy", "Change strategy"),
    SCENARIO("report.scenario", "Scenario: {0}"),
    BUDGET("planview.budget.title", "Budget by phase"),
    BUDGET_NOTE("report.budget.note", "Yearly costs{0,choice,0#|1# in {1}}."),
    PEOPLE_COST("planview.budget.people", "People cost"),
    MARTECH_COST("planview.budget.martech", "Martech cost"),
    TOTAL_COST("report.column.total", "Total"),
    GOAL("planview.goal", "Goal: {0}"),
    NO_GOAL("planview.noGoal", "No goal written for this phase yet."),
    KEY_FIGURES("report.keyFigures", "Key figures"),
    FIGURE("report.column.figure", "Figure"),
    VALUE("report.column.value", "Value"),
    FTE("compare.metric.fte", "FTE"),
    ROLES("compare.metric.roles", "Roles"),
    LAYERS("compare.metric.layers", "Layers"),
    SPAN_MAX("compare.metric.spanMax", "Largest span of control"),
    SPAN_MEAN("compare.metric.spanMean", "Mean span of control"),
    COVERAGE("compare.metric.coverage", "Coverage"),
    PEOPLE("compare.metric.peopleCost", "People cost"),
    TOOL_COST("compare.metric.toolCost", "Tool cost"),
    MARTECH_SHARE("compare.metric.martechShare", "Martech share of cost"),
    OPEN_FTE("compare.metric.openFte", "Vacant FTE"),
    HIRES("compare.metric.hires", "Hires"),
    ERRORS("compare.metric.errors", "Errors"),
    WARNINGS("compare.metric.warnings", "Warnings"),
    CHART("report.chart", "The chart in {0}"),
    CHART_EMPTY("report.chart.empty", "Nothing is active in this phase."),
    CHART_TOP("report.chart.top", "The whole chart ({0,number,integer} cards) is too large to read on one page: "
            + "this is its top {1,choice,1#level|1<{1,number,integer} levels} ({2,number,integer} cards), "
            + "and the teams follow in a table."),
    TEAMS("report.teams", "Teams in {0}"),
    TEAM("planview.hiring.team", "Team"),
    ROLE("planview.hiring.role", "Role"),
    REGION("planview.hiring.region", "Region"),
    STAFFING("planview.hiring.staffing", "Staffing"),
    YEARLY_COST("planview.hiring.cost", "Yearly cost"),
    HIRES_SUMMARY("report.hires.summary", "{0,choice,1#1 role|1<{0,number,integer} roles} to hire, {1} FTE, {2} a year."),
    NO_HIRES("report.hires.none", "No hires in this phase."),
    TOOL_CHANGES("report.tools", "Tool changes"),
    NO_TOOL_CHANGES("report.tools.none", "No tool is deployed or retired in this phase."),
    TOOL("report.column.tool", "Tool"),
    CATEGORY("report.column.category", "Category"),
    CHANGE("report.column.change", "Change"),
    DEPLOYED("report.tool.deployed", "Deployed"),
    RETIRED("report.tool.retired", "Retired"),
    FINDINGS("report.findings", "Findings that remain"),
    FINDINGS_CHANGE("planview.findings", "Findings: {0,number,integer} new, {1,number,integer} resolved"),
    NO_FINDINGS("report.findings.none", "No findings remain in this phase."),
    SEVERITY("report.column.severity", "Severity"),
    FINDING("report.column.finding", "Finding"),
    MORE("report.more", "\u2026 and {0,number,integer} more"),
    COMPARISON("report.comparison", "Comparison of the scenarios"),
    COMPARISON_ONE("report.comparison.one", "The design has one scenario, so there is nothing to compare."),
    COMPARISON_PHASE("report.comparison.phase", "In {0}"),
    GLOBAL("region.global", "Global"),
    READINESS_NEED("charter.readiness.need", "A need marketing can connect to"),
    READINESS_TECHNOLOGY("charter.readiness.technology", "Belief that technology gives an edge"),
    READINESS_REVENUE("charter.readiness.revenue", "Interest in measuring marketing's revenue"),
    ANSWER_YES("charter.answer.yes", "Yes"),
    ANSWER_PARTLY("charter.answer.partly", "Partly"),
    ANSWER_NO("charter.answer.no", "No"),
    OBSTACLE_STAKEHOLDER("obstacleKind.stakeholder", "Stakeholder"),
    OBSTACLE_PROCESS("obstacleKind.process", "Process"),
    OBSTACLE_TECHNOLOGY("obstacleKind.technology", "Technology"),
    OBSTACLE_BUDGET("obstacleKind.budget", "Budget"),
    STAFFING_FILLED("planview.staffing.filled", "Filled"),
    STAFFING_OPEN("planview.staffing.open", "Open"),
    STAFFING_PLANNED("planview.staffing.planned", "Planned"),
    CATEGORY_ADVERTISING("toolCategory.advertising", "Advertising & promotion"),
    CATEGORY_CONTENT("toolCategory.content", "Content & experience"),
    CATEGORY_SOCIAL("toolCategory.social", "Social & relationships"),
    CATEGORY_COMMERCE("toolCategory.commerce", "Commerce & sales"),
    CATEGORY_DATA("toolCategory.data", "Data"),
    CATEGORY_MANAGEMENT("toolCategory.management", "Management"),
    SEVERITY_ERROR("report.severity.error", "Error"),
    SEVERITY_WARNING("report.severity.warning", "Warning"),
    SEVERITY_INFO("report.severity.info", "Note"),
    MISSING_FONT("exportSheet.warning.cjkFont", "No font with Chinese characters was found on this computer, "
            + "so the PDF shows \u201C?\u201D for the characters its fonts lack.");

    private final String bundleKey;
    private final String english;

    ReportText(String bundleKey, String english) {
        this.bundleKey = bundleKey;
        this.english = english;
    }

    @Override
    public String bundleKey() {
        return bundleKey;
    }

    @Override
    public String english() {
        return english;
    }

    /** The text whose key is {@code bundleKey}. */
    static ReportText forKey(String bundleKey) {
        for (ReportText text : values()) {
            if (text.bundleKey.equals(bundleKey)) {
                return text;
            }
        }
        throw new IllegalArgumentException("no report text " + bundleKey);
    }
}
