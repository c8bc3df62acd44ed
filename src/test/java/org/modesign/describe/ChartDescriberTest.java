package org.modesign.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.modesign.analysis.Finding;
import org.modesign.analysis.FindingKey;
import org.modesign.analysis.FindingText;
import org.modesign.analysis.RollUp;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.Rule;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.render.ChartScene;
import org.modesign.render.RollUpFacts;
import org.modesign.render.SceneFolds;
import org.junit.jupiter.api.Test;

class ChartDescriberTest {

    private static final Design DESIGN = design();
    private static final Scenario SCENARIO = DESIGN.scenarios().get(0);
    private static final ChartScene SCENE = ChartScene.of(DESIGN, SCENARIO);

    /** CEO ← CMO ← Marketing operations manager ← specialist, analyst (from phase 2); CMO ← Regional marketing ∋ four. */
    private static Design design() {
        List<org.modesign.model.Node> nodes = new ArrayList<>(List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120),
                Role.of("mom", "Marketing operations manager", Archetype.MAESTRO, 0, 240),
                Role.of("spec", "Campaign specialist", Archetype.MARKETER, 0, 360),
                Role.of("analyst", "Data analyst", Archetype.MODELER, 200, 360).withFte(0.5).withPhases("p2", null),
                new Team("regional", "Regional marketing", "emea", null, null, 400, 240)));
        for (int k = 1; k <= 4; k++) {
            nodes.add(Role.of("field" + k, "Field marketer " + k, Archetype.MARKETER, 400, 240 + 120 * k)
                    .withTeam("regional").withFte(k == 4 ? 0.5 : 1));
        }
        Scenario s = new Scenario("s", "Today", Strategy.CENTRALIZED, nodes, List.of(
                new Line("cmo", "ceo", LineStyle.SOLID), new Line("mom", "cmo", LineStyle.SOLID),
                new Line("spec", "mom", LineStyle.SOLID), new Line("analyst", "mom", LineStyle.SOLID),
                new Line("regional", "cmo", LineStyle.SOLID)));
        return new Design("Describe", "", Settings.DEFAULTS, List.of(new Region("emea", "EMEA")), List.of(),
                List.of(new Phase("p1", "Phase 1", List.of()), new Phase("p2", "Phase 2", List.of())), List.of(s));
    }

    private static Finding finding(Rule rule, String... nodes) {
        return new Finding(rule, "s", null, null, null, List.of(nodes), FindingText.of(FindingKey.LIST_SEPARATOR));
    }

    private static ChartDescriber describer(int phase, List<Finding> findings) {
        return ChartDescriber.of(DESIGN, SCENARIO, SCENE, phase, findings);
    }

    @Test
    void aRoleIsReadWithItsArchetypeFteRegionManagerReportsAndFindings() {
        ChartDescriber all = describer(-1, List.of(finding(Rule.MISSING_ACCOUNTABLE, "mom")));
        assertEquals("Marketing operations manager, Maestro, 1 FTE, Global, reports to CMO, 2 reports, 1 warning",
                all.card("mom").english());
    }

    @Test
    void inAPhaseOnlyWhatIsActiveThenCountsAndAnInactiveCardSaysSo() {
        ChartDescriber first = describer(0, List.of());
        assertEquals("Marketing operations manager, Maestro, 1 FTE, Global, reports to CMO, 1 report",
                first.card("mom").english());
        assertEquals("Data analyst, Modeler, 0 FTE, Global, not in Phase 1, reports to Marketing operations manager",
                first.card("analyst").english());
        assertEquals("Data analyst, Modeler, 0.5 FTE, Global, reports to Marketing operations manager",
                describer(1, List.of()).card("analyst").english());
    }

    @Test
    void aTeamIsReadWithItsMembersAndTheirFte() {
        String expected = "Team Regional marketing, 4 members, 3.5 FTE, EMEA, reports to CMO";
        assertEquals(expected, describer(-1, List.of()).card("regional").english());
        assertEquals(expected, describer(0, List.of()).card("regional").english());
        assertEquals("Field marketer 4, Marketer, 0.5 FTE, EMEA, member of Team Regional marketing",
                describer(-1, List.of()).card("field4").english());
    }

    @Test
    void anExecutiveIsReadAsOneWithItsReportsAndFindingsBySeverity() {
        ChartDescriber all = describer(-1, List.of(finding(Rule.MULTIPLE_MANAGERS, "cmo"),
                finding(Rule.REPORTING_CYCLE, "cmo", "ceo"), finding(Rule.MISSING_ACCOUNTABLE, "cmo")));
        assertEquals("CMO, executive, reports to CEO, 2 reports, 2 errors, 1 warning", all.card("cmo").english());
        assertEquals("CEO, executive, 1 report, 1 error", all.card("ceo").english());
    }

    @Test
    void aCollapsedCardIsReadWithTheRollUpTheChartShowsOnIt() {
        ScenarioIndex index = ScenarioIndex.of(DESIGN, SCENARIO);
        int mom = index.indexOf("mom");
        Set<String> branch = Set.of("mom", "spec", "analyst");
        List<Finding> findings = List.of(finding(Rule.MISSING_ACCOUNTABLE, "spec"),
                finding(Rule.MULTIPLE_MANAGERS, "analyst"), finding(Rule.REPORTING_CYCLE, "spec"));
        RollUp rollUp = RollUps.of(index, -1, v -> branch.contains(index.id(v)) ? mom : -1, findings).of(mom);
        List<Integer> mix = new ArrayList<>();
        for (Archetype a : Archetype.values()) {
            mix.add(rollUp.archetype(a));
        }
        boolean[] hidden = new boolean[index.size()];
        hidden[index.indexOf("spec")] = true;
        hidden[index.indexOf("analyst")] = true;
        ChartScene folded = SCENE.withFolds(new SceneFolds(hidden, new boolean[0], new int[] {mom},
                new RollUpFacts[] {new RollUpFacts(rollUp.roles(), rollUp.fte(), mix, rollUp.findings(Severity.ERROR),
                        rollUp.findings(Severity.WARNING), rollUp.findings(Severity.INFO))}));
        ChartDescriber describer = ChartDescriber.of(DESIGN, SCENARIO, folded, -1, findings);
        assertEquals("Marketing operations manager, Maestro, 1 FTE, Global, reports to CMO, 2 reports, "
                + "folded, 3 roles and 2.5 FTE in the branch, 2 errors, 1 warning", describer.card("mom").english());
    }

    @Test
    void severalCardsAreCountedAndNoneReadsTheChartsRolesInThePhase() {
        ChartDescriber all = describer(-1, List.of());
        assertEquals("3 cards selected", all.selection(List.of("mom", "spec", "cmo")).english());
        assertEquals("Chart, 7 roles, no selection", all.selection(List.of()).english());
        assertEquals("Chart, 6 roles in Phase 1, no selection", describer(0, List.of()).selection(Set.of()).english());
        assertEquals("Campaign specialist, Marketer, 1 FTE, Global, reports to Marketing operations manager",
                all.selection(List.of("spec")).english());
    }

    @Test
    void singularAndPluralAreWorded() {
        Design one = new Design("One", "", Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of(
                new Scenario("s", "S", Strategy.CENTRALIZED, List.of(
                        new Team("t", "Solo", null, null, null, 0, 0),
                        Role.of("r", "Only role", Archetype.LEADER, 0, 120).withTeam("t")), List.of())));
        Scenario s = one.scenarios().get(0);
        ChartDescriber describer = ChartDescriber.of(one, s, ChartScene.of(one, s), -1, List.of(
                new Finding(Rule.REPORTING_CYCLE, "s", null, null, null, List.of("r"), FindingText.of(FindingKey.LIST_SEPARATOR))));
        assertEquals("Team Solo, 1 member, 1 FTE, Global", describer.card("t").english());
        assertEquals("Chart, 1 role, no selection", describer.nothingSelected().english());
        assertEquals("Only role, Leader, 1 FTE, Global, member of Team Solo, 1 error", describer.card("r").english());
    }

    @Test
    void aLineIsReadWithItsEnds() {
        assertEquals("Reporting line, Team Regional marketing reports to CMO",
                describer(-1, List.of()).line("regional", "cmo", false).english());
        assertEquals("Dotted line, Campaign specialist to CMO", describer(-1, List.of()).line("spec", "cmo", true).english());
    }

    @Test
    void theSentenceIsWordedInChinese() {
        ResourceBundle zh = ResourceBundle.getBundle("org.modesign.ui.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        ChartDescriber all = describer(-1, List.of(finding(Rule.MISSING_ACCOUNTABLE, "mom")));
        assertEquals("Marketing operations manager，大师，1 FTE，全球，向 CMO 汇报，2 名直接下属，1 个警告",
                all.card("mom").localized(zh));
        ResourceBundle tw = ResourceBundle.getBundle("org.modesign.ui.i18n.messages", Locale.TRADITIONAL_CHINESE);
        assertEquals("已選取 3 張卡片", all.selection(List.of("mom", "spec", "cmo")).localized(tw));
    }
}
