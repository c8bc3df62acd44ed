package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Exports of the kinds HR systems write (test files with made-up people, in src/test/resources/hr),
 * each imported by {@code import-csv} without options: roles with their people, teams, reporting
 * lines, regions, sourcing and FTE. Each role is checked as
 * "title | person | team | reports to | region | sourcing | fte | staffing".
 */
class HrExportsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkdayExport() throws IOException {
        check("workday.csv", bytes("workday.csv"), List.of(
                "Chief Marketing Officer | Alex Morgan | Marketing | CEO | North America | in-house | 1.0 | filled",
                "Director, Marketing Operations | Priya Natarajan | Marketing Operations | Chief Marketing Officer"
                        + " | Europe | in-house | 1.0 | filled",
                "Marketing Automation Specialist | Tom Becker | Marketing Operations | Director, Marketing Operations"
                        + " | Europe | in-house | 1.0 | filled",
                "Marketing Data Analyst | Mei Lin | Marketing Operations | Director, Marketing Operations | Asia"
                        + " | in-house | 0.5 | filled",
                "Salesforce Administrator | Carlos Ruiz | Marketing Operations | Director, Marketing Operations"
                        + " | North America | contractor | 1.0 | filled",
                "Senior Manager, Digital Experience | Sarah Kim | Digital Experience | Chief Marketing Officer"
                        + " | North America | in-house | 1.0 | filled",
                "Web Developer | Ben Carter | Digital Experience | Senior Manager, Digital Experience | North America"
                        + " | agency | 1.0 | filled",
                "Head of Demand Generation | Lucy Hale | Demand Generation | Chief Marketing Officer | North America"
                        + " | in-house | 1.0 | filled",
                "Campaign Manager | Omar Haddad | Demand Generation | Head of Demand Generation | Asia | in-house"
                        + " | 1.0 | filled",
                "Content Marketing Manager | Julia Rossi | Demand Generation | Head of Demand Generation | Europe"
                        + " | in-house | 0.6 | filled",
                "Field Marketing Manager | Kenji Sato | Demand Generation | Head of Demand Generation | Asia"
                        + " | in-house | 1.0 | filled",
                "Social Media Specialist | Emma Wilson | Demand Generation | Head of Demand Generation | Oceania"
                        + " | contractor | 1.0 | filled"),
                "leader leader maestro modeler maestro marketer maker leader marketer marketer marketer marketer");
    }

    @Test
    void aBambooHrExportWithFirstAndLastNamesAndReportsToByPerson() throws IOException {
        check("bamboohr.csv", bytes("bamboohr.csv"), List.of(
                "VP of Marketing | Hannah Weber | Marketing | CMO | North America | in-house | 1.0 | filled",
                "Marketing Operations Manager | Marcus Lee | Marketing Operations | VP of Marketing | North America"
                        + " | in-house | 1.0 | filled",
                "Marketing Automation Specialist | Aisha Khan | Marketing Operations | Marketing Operations Manager"
                        + " | North America | in-house | 1.0 | filled",
                "Marketing Analyst | Diego Fernández | Marketing Operations | Marketing Operations Manager"
                        + " | North America | in-house | 0.5 | filled",
                "Demand Generation Manager | Grace O'Connor | Demand Generation | VP of Marketing | Europe | in-house"
                        + " | 1.0 | filled",
                "Email Marketing Specialist | Noah Brooks | Demand Generation | Demand Generation Manager"
                        + " | North America | contractor | 1.0 | filled",
                "Graphic Designer | Lena Fischer | Creative | VP of Marketing | Europe | in-house | 0.5 | filled",
                "Web Developer | Samuel Adeyemi | Creative | Graphic Designer | Africa | contractor | 1.0 | filled",
                "Brand Manager | Chloe Martin | Brand | VP of Marketing | Europe | in-house | 1.0 | filled",
                "Marketing Intern | Ryan Patel | Brand | Brand Manager | Asia | in-house | 1.0 | filled"),
                "leader maestro maestro modeler marketer marketer marketer maker marketer marketer");
    }

    @Test
    void aGermanExportWithSemicolonsDecimalCommasAndLastCommaFirstManagers() throws IOException {
        List<String> expected = List.of(
                "Leiterin Marketing | Katrin Schneider | Marketing | CMO | Europe | in-house | 1.0 | filled",
                "Teamleiter Marketing Operations | Jonas Hoffmann | Marketing Operations | Leiterin Marketing | Europe"
                        + " | in-house | 1.0 | filled",
                "Referentin Marketing-Automatisierung | Sophie Wagner | Marketing Operations"
                        + " | Teamleiter Marketing Operations | Europe | in-house | 0.5 | filled",
                "Datenanalyst | Lukas Becker | Marketing Operations | Teamleiter Marketing Operations | Europe"
                        + " | in-house | 0.488 | filled",
                "Leiterin Kampagnen | Anna Schulz | Kampagnen | Leiterin Marketing | Europe | in-house | 1.0 | filled",
                "Kampagnenmanager | Deniz Yilmaz | Kampagnen | Leiterin Kampagnen | Europe | in-house | 1.0 | filled",
                "Webentwickler | Felix Meyer | Kampagnen | Leiterin Kampagnen | Europe | contractor | 1.0 | filled",
                "Content-Managerin | Laura Koch | Kampagnen | Leiterin Kampagnen | Europe | agency | 0.5 | filled");
        String archetypes = "leader leader maestro modeler leader marketer maker marketer";
        check("german.csv", bytes("german.csv"), expected, archetypes);
        String text = new String(bytes("german.csv"), StandardCharsets.UTF_8).substring(1);
        check("german-1252.csv", text.getBytes(Charset.forName("windows-1252")), expected, archetypes);
    }

    @Test
    void aChineseExportInUtf8OrGbk() throws IOException {
        List<String> expected = List.of(
                "市场总监 | 王芳 | 市场部 | CMO | Asia | in-house | 1.0 | filled",
                "市场运营经理 | 李强 | 市场运营部 | 市场总监 | Asia | in-house | 1.0 | filled",
                "营销自动化专员 | 张伟 | 市场运营部 | 市场运营经理 | Asia | in-house | 1.0 | filled",
                "数据分析师 | 刘洋 | 市场运营部 | 市场运营经理 | Asia | agency | 1.0 | filled",
                "品牌经理 | 陈静 | 品牌部 | 市场总监 | Asia | in-house | 1.0 | filled",
                "新媒体运营 | 杨帆 | 品牌部 | 品牌经理 | Asia | in-house | 0.5 | filled",
                "前端开发工程师 | 赵磊 | 品牌部 | 品牌经理 | Asia | agency | 1.0 | filled",
                "内容运营 |  | 品牌部 | 品牌经理 | Asia | in-house | 1.0 | open",
                "活动策划 | 黄敏 | 品牌部 | 品牌经理 | Asia | contractor | 0.5 | filled");
        String archetypes = "leader maestro maestro modeler marketer marketer maker marketer marketer";
        check("chinese.csv", bytes("chinese.csv"), expected, archetypes);
        String text = new String(bytes("chinese.csv"), StandardCharsets.UTF_8);
        check("chinese-gbk.csv", text.getBytes(Charset.forName("GBK")), expected, archetypes);
    }

    /**
     * Imports the file without options into a new design; checks its roles, their archetypes (all
     * suggested from the titles, and counted in the summary) and that each new team hangs under its head.
     */
    private void check(String name, byte[] content, List<String> expected, String archetypes) throws IOException {
        Path csv = Files.write(dir.resolve(name), content);
        Path out = dir.resolve(name + ".modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        int roles = expected.size();
        assertTrue(run.out().endsWith("; " + roles + " archetypes suggested from job titles.\n"), run.out());
        LoadResult result = new DesignReader().read(out);
        assertTrue(result.ok(), () -> result.problems().toString());
        Design design = result.design();
        assertEquals(List.of(), Integrity.check(design));
        Scenario scenario = design.scenarios().get(0);
        assertEquals(expected, describe(design, scenario), name);
        assertEquals(archetypes, String.join(" ", scenario.nodes().stream().filter(n -> n instanceof Role)
                .map(n -> ((Role) n).archetype().code()).toList()), name);
        for (Node node : scenario.nodes()) {
            if (node instanceof Team team) {
                Node head = superior(scenario, team);
                assertTrue(head instanceof Role role && team.id().equals(role.team()), team.name() + " under its head");
            }
        }
    }

    static List<String> describe(Design design, Scenario scenario) {
        Map<String, String> regions = new HashMap<>();
        for (Region region : design.regions()) {
            regions.put(region.id(), region.name());
        }
        List<String> lines = new ArrayList<>();
        for (Node node : scenario.nodes()) {
            if (node instanceof Role role) {
                Node up = superior(scenario, role);
                String team = role.team() == null ? "" : scenario.nodesById().get(role.team()).label();
                lines.add(String.join(" | ", role.title(), role.person(), team, up == null ? "-" : up.label(),
                        role.region() == null ? "" : regions.get(role.region()), role.sourcing().code(),
                        String.valueOf(role.fte()), role.staffing().code()));
            }
        }
        return lines;
    }

    private static Node superior(Scenario scenario, Node node) {
        for (Line line : scenario.lines()) {
            if (line.from().equals(node.id()) && line.style() == LineStyle.SOLID) {
                return scenario.nodesById().get(line.to());
            }
        }
        return null;
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = HrExportsTest.class.getResourceAsStream("/hr/" + resource)) {
            return in.readAllBytes();
        }
    }
}
