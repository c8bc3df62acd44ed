package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.starter.BundledSamples;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.render.ChartLabels;
import org.modesign.render.ChartScene;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every bundled sample exports to a PNG, an SVG and a PDF that other programs read. */
class ChartExportTest {

    private final Exporter exporter = new Exporter();

    static List<String> samples() {
        return BundledSamples.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pngDecodesAtTheSheetsSizeAtOneAndTwoTimes(String name) throws IOException {
        Design design = ExportFixtures.sample(name);
        for (Scenario scenario : design.scenarios()) {
            ImageSheet sheet = PngExport.sheet(ChartScene.of(design, scenario),
                    SheetTitle.of(ExportRequest.of(ExportFormat.PNG, design, scenario), scenario, ExportLabels.ENGLISH),
                    new SheetPainter(ChartLabels.ENGLISH));
            for (int scale : new int[] {1, 2}) {
                ExportOutput png = exporter.render(ExportRequest.of(ExportFormat.PNG, design, scenario)
                        .withScale(scale), ExportProgress.NONE);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
                assertEquals(Math.ceil(sheet.width() * scale), image.getWidth(), name);
                assertEquals(Math.ceil(sheet.height() * scale), image.getHeight(), name);
                assertTrue(sheet.width() > ChartScene.of(design, scenario).bounds().width(), "the whole chart fits");
                assertEquals(List.of(), png.result().warnings());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void svgIsXmlWithEveryTitleWholeAsText(String name) throws Exception {
        Design design = ExportFixtures.sample(name);
        for (Scenario scenario : design.scenarios()) {
            ExportOutput svg = exporter.render(ExportRequest.of(ExportFormat.SVG, design, scenario), ExportProgress.NONE);
            List<String> texts = svgTexts(svg.bytes());
            assertTrue(texts.stream().noneMatch(t -> t.endsWith("\u2026")), name + ": nothing cut short in " + texts);
            String all = withoutSpaces(String.join("", texts));
            for (Node node : scenario.nodes()) {
                assertTrue(all.contains(withoutSpaces(node.label())), name + ": " + node.label() + " whole in " + texts);
            }
            assertTrue(texts.contains(design.title()), "the header");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pdfShowsEveryTitleWhole(String name) throws IOException {
        Design design = ExportFixtures.sample(name);
        Scenario scenario = design.scenarios().get(0);
        ExportOutput pdf = exporter.render(ExportRequest.of(ExportFormat.PDF, design, scenario), ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String all = withoutSpaces(new PDFTextStripper().getText(document));
            assertTrue(!all.contains("\u2026"), name + ": nothing cut short");
            for (Node node : scenario.nodes()) {
                assertTrue(all.contains(withoutSpaces(node.label())), name + ": " + node.label() + " whole");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pdfHasTheTitleAndEveryPageHasAHeader(String name) throws IOException {
        Design design = ExportFixtures.sample(name);
        Scenario scenario = design.scenarios().get(0);
        ExportOutput pdf = exporter.render(ExportRequest.of(ExportFormat.PDF, design, scenario), ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertEquals(pdf.result().pages(), document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = text(document, page);
                assertTrue(text.contains(design.title()) && text.contains(scenario.name() + " \u00b7 All phases"),
                        name + " page " + page);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mops-of-one.modesign", "mops-supporting-marketing.modesign"})
    void aSmallChartGoesOnOnePageOfEitherPaper(String name) throws IOException {
        Design design = ExportFixtures.sample(name);
        for (Paper paper : Paper.values()) {
            ExportOutput pdf = exporter.render(ExportRequest.of(ExportFormat.PDF, design, design.scenarios().get(0))
                    .withPaper(paper), ExportProgress.NONE);
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                assertEquals(1, document.getNumberOfPages());
                assertEquals(paper.width(), document.getPage(0).getMediaBox().getWidth(), 0.01, "landscape");
                assertEquals(paper.height(), document.getPage(0).getMediaBox().getHeight(), 0.01);
                assertTrue(!text(document, 1).contains("Page 1"), "a single page needs no page number");
            }
        }
    }

    static List<String> svgTexts(byte[] svg) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg));
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** {@code text} without white space: a title broken over lines reads the same. */
    static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
