package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;
import org.modesign.stack.StackFixture;
import org.modesign.starter.BundledSamples;

/** The stack landscape exports: every deployed tool's name in the SVG, a PNG and a PDF that other programs read. */
class StackExportTest {

    private final Exporter exporter = new Exporter();

    static List<String> samples() {
        return BundledSamples.ALL;
    }

    private ExportOutput render(ExportFormat format, Design design, Scenario scenario, Phase phase) {
        return exporter.render(ExportRequest.of(format, design, scenario).atPhase(phase), ExportProgress.NONE);
    }

    /** Text without any white space: a name wrapped over two lines is still found. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void stackSvgHoldsEveryDeployedToolsNameAndTheHeader(String name) throws Exception {
        Design design = ExportFixtures.sample(name);
        for (Scenario scenario : design.scenarios()) {
            List<String> texts = ChartExportTest.svgTexts(render(ExportFormat.STACK_SVG, design, scenario, null)
                    .bytes());
            String all = squeezed(String.join("", texts));
            for (StackEntry entry : scenario.stack()) {
                String tool = design.tool(entry.tool()).map(Tool::name).orElseThrow();
                assertTrue(all.contains(squeezed(tool)), name + ": " + tool + " in " + texts);
            }
            assertTrue(texts.contains(design.title()), "the header");
            assertTrue(texts.stream().anyMatch(t -> t.contains("Martech stack")), "the subtitle names the stack");
        }
    }

    @Test
    void stackSvgAtAPhaseShowsWhatRunsThenAndMarksWhatTheFindingsSay() throws Exception {
        Design design = StackFixture.design();
        Scenario scenario = StackFixture.scenario(design);
        List<String> p1 = ChartExportTest.svgTexts(
                render(ExportFormat.STACK_SVG, design, scenario, design.phase("p1").orElseThrow()).bytes());
        List<String> p2 = ChartExportTest.svgTexts(
                render(ExportFormat.STACK_SVG, design, scenario, design.phase("p2").orElseThrow()).bytes());
        String all1 = squeezed(String.join("", p1));
        String all2 = squeezed(String.join("", p2));
        assertTrue(all1.contains("OneTrust") && !all1.contains("HubSpot"), p1.toString());
        assertTrue(all2.contains("HubSpotMarketingHubEnterprise") && !all2.contains("OneTrust"), p2.toString());
        assertTrue(p2.contains("No owner") && p2.contains("No tool") && all2.contains("Americasweblead(inactive)"),
                p2.toString());
        assertTrue(!p1.contains("No owner") && !p1.contains("No tool"), p1.toString());
    }

    @Test
    void stackPngDecodesAndIsTwiceAsLargeAtTwoTimes() throws IOException {
        Design design = ExportFixtures.sample("central-vs-local-expression.modesign");
        Scenario scenario = design.scenarios().get(1);
        ExportOutput one = render(ExportFormat.STACK_PNG, design, scenario, null);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(one.bytes()));
        BufferedImage twice = ImageIO.read(new ByteArrayInputStream(exporter.render(
                ExportRequest.of(ExportFormat.STACK_PNG, design, scenario).withScale(2), ExportProgress.NONE).bytes()));
        assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
        assertEquals(2 * image.getWidth(), twice.getWidth(), 1);
        assertEquals(List.of(), one.result().warnings());
        assertEquals(ExportFormat.STACK_PNG, one.result().format());
    }

    @Test
    void stackPdfPutsASmallStackOnOnePageWithItsHeaderAndEveryTool() throws IOException {
        Design design = ExportFixtures.sample("central-vs-local-expression.modesign");
        Scenario scenario = design.scenarios().get(1);
        ExportOutput pdf = render(ExportFormat.STACK_PDF, design, scenario, null);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(1, pdf.result().pages());
            String text = squeezed(new PDFTextStripper().getText(document));
            assertTrue(text.contains(squeezed(design.title())), text);
            for (StackEntry entry : scenario.stack()) {
                assertTrue(text.contains(squeezed(design.tool(entry.tool()).orElseThrow().name())), entry.tool());
            }
        }
    }

    @Test
    void aLargeStackGoesOverSeveralPagesAfterAnOverview() throws IOException {
        Design design = org.modesign.generator.DesignGenerator.generate(
                new org.modesign.generator.GeneratorSpec(300, 3, 3, 20, 1, 1, 120, true));
        ExportOutput pdf = render(ExportFormat.STACK_PDF, design, design.scenarios().get(0), null);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertTrue(document.getNumberOfPages() > 2, "pages: " + document.getNumberOfPages());
            assertEquals(pdf.result().pages(), document.getNumberOfPages());
        }
    }
}
