package org.modesign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.export.ExportProgress;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The HTML report of every sample is one well-formed, self-contained file (no script, no link to
 * another file; charts as inline SVG) holding every section, with a table of contents whose links
 * all lead to a heading of the report.
 */
class HtmlPlanReportTest {

    @TempDir
    Path dir;

    static List<String> samples() {
        return ReportFixtures.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleHasEverySectionInOneFile(String sample) throws Exception {
        Design design = ReportFixtures.sample(sample);
        Document html = parse(write(design, sample));
        List<String> h2 = texts(html, "h2");
        List<String> h3 = texts(html, "h3");
        List<String> h4 = texts(html, "h4");
        assertEquals("Contents", h2.get(0));
        assertTrue(h2.contains("Charter") && h2.contains("Comparison of the scenarios"), h2.toString());
        for (Scenario scenario : design.scenarios()) {
            assertTrue(h2.contains("Scenario: " + scenario.name()), scenario.name());
        }
        for (Phase phase : design.phases()) {
            assertEquals(design.scenarios().size(), h3.stream().filter(phase.name()::equals).count(), phase.name());
        }
        for (String part : List.of("Key figures", "Hires", "Tool changes", "Findings that remain", "Budget by phase")) {
            assertTrue(h4.contains(part), part);
        }
        assertEquals(design.title(), texts(html, "h1").get(0));
        int phases = design.scenarios().size() * design.phases().size();
        assertEquals(phases, html.getElementsByTagName("figure").getLength(), "a chart per phase of each scenario");
        assertEquals(phases, html.getElementsByTagNameNS("*", "svg").getLength());
        assertEquals(0, html.getElementsByTagName("script").getLength());
        assertEquals(0, html.getElementsByTagName("link").getLength());
        linksLeadToHeadings(html);
        rowsAreAsWideAsTheirHeadings(html);
    }

    private static void linksLeadToHeadings(Document html) {
        Set<String> ids = new HashSet<>();
        for (String tag : List.of("h2", "h3")) {
            NodeList list = html.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                String id = ((Element) list.item(i)).getAttribute("id");
                if (!id.isEmpty()) {
                    assertTrue(ids.add(id), "unique id " + id);
                }
            }
        }
        NodeList links = html.getElementsByTagName("a");
        assertEquals(ids.size(), links.getLength(), "a link per section");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertTrue(href.startsWith("#") && ids.contains(href.substring(1)), href);
        }
    }

    private static void rowsAreAsWideAsTheirHeadings(Document html) {
        NodeList tables = html.getElementsByTagName("table");
        assertTrue(tables.getLength() > 0);
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            int columns = table.getElementsByTagName("th").getLength();
            NodeList rows = table.getElementsByTagName("tr");
            for (int r = 1; r < rows.getLength(); r++) {
                assertEquals(columns, ((Element) rows.item(r)).getElementsByTagName("td").getLength());
            }
        }
    }

    @Test
    void aChineseDesignGivesChineseHeadingsAndItsLanguageTag() throws Exception {
        Document html = parse(write(ReportFixtures.chinese(true), "tw"));
        assertEquals("zh-TW", html.getDocumentElement().getAttribute("lang"));
        List<String> h2 = texts(html, "h2");
        assertTrue(h2.containsAll(List.of("目錄", "章程", "方案比較")), h2.toString());
        assertTrue(texts(html, "h4").contains("關鍵數據"));
    }

    @Test
    void textOfTheDesignIsEscaped() throws Exception {
        Design design = ReportFixtures.sample("mops-of-one");
        design = design.withTitle("R&D <script>alert(1)</script> \"ops\"");
        String text = write(design, "escaped");
        Document html = parse(text);
        assertEquals(design.title(), texts(html, "h1").get(0));
        assertEquals(0, html.getElementsByTagName("script").getLength());
    }

    private String write(Design design, String name) throws IOException {
        Path out = dir.resolve(name + ".html");
        PlanReportExport.Result result = PlanReportExport.write(design, List.of(), null, ReportFormat.HTML, out,
                ExportProgress.NONE);
        assertEquals(0, result.pages());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static List<String> texts(Document html, String tag) {
        NodeList list = html.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }
}
