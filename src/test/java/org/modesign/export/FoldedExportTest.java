package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.layout.Folding;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.ChartLabels;
import org.modesign.render.ChartScene;
import org.modesign.render.SvgSurface;
import org.modesign.starter.BundledSamples;

/**
 * A chart exported as shown in the editor: each collapsed branch is one roll-up card with the
 * branch's roles and FTE, and the folded cards' titles are not in the picture; without folds the
 * export is what it was.
 */
class FoldedExportTest {

    private final Exporter exporter = new Exporter();

    static List<String> samples() {
        return BundledSamples.ALL;
    }

    /** Every root's reports collapsed ("Collapse all below" at the top), or the roots when they are all there is to fold. */
    private static Set<String> belowTheTop(Scenario scenario) {
        Folding folding = Folding.of(scenario);
        Set<String> collapsed = new LinkedHashSet<>();
        for (int v = 0; v < folding.size(); v++) {
            if (folding.parent(v) < 0) {
                collapsed.addAll(folding.foldableReports(folding.id(v)));
            }
        }
        if (collapsed.isEmpty()) {
            for (int v = 0; v < folding.size(); v++) {
                if (folding.parent(v) < 0 && folding.foldable(v)) {
                    collapsed.add(folding.id(v));
                }
            }
        }
        return collapsed;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void anSvgAsShownHoldsEachRollUpWholeAndNoneOfTheFoldedTitles(String name) throws Exception {
        Design design = ExportFixtures.sample(name);
        Scenario scenario = design.scenarios().get(0);
        Set<String> collapsed = belowTheTop(scenario);
        assertFalse(collapsed.isEmpty(), name + " has a branch to fold");
        ExportOutput svg = exporter.render(ExportRequest.of(ExportFormat.SVG, design, scenario)
                .withFolds(new ExportFolds(collapsed, false)), ExportProgress.NONE);
        List<String> texts = ChartExportTest.svgTexts(svg.bytes());
        assertTrue(texts.stream().noneMatch(t -> t.endsWith("\u2026")), name + ": nothing cut short in " + texts);
        String all = ChartExportTest.withoutSpaces(String.join("\n", texts));
        Folding folding = Folding.of(scenario);
        Folding.Folded folded = folding.fold(collapsed);
        List<String> shownTitles = new ArrayList<>();
        for (int v = 0; v < folding.size(); v++) {
            if (!folded.hidden(v)) {
                shownTitles.add(ChartExportTest.withoutSpaces(scenario.nodes().get(v).label()));
                assertTrue(all.contains(shownTitles.get(shownTitles.size() - 1)), name + ": shown "
                        + scenario.nodes().get(v).label() + " whole");
            }
        }
        for (int owner : folded.collapsed()) {
            String head = ChartLabels.ENGLISH.roles(rolesUnder(scenario, folded, owner));
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(head)), name + ": roll-up \"" + head + "\" in " + texts);
        }
        int checked = 0;
        for (int v = 0; v < folding.size(); v++) {
            String title = ChartExportTest.withoutSpaces(scenario.nodes().get(v).label());
            if (folded.hidden(v) && shownTitles.stream().noneMatch(s -> s.contains(title))
                    && !ChartExportTest.withoutSpaces(design.title() + scenario.name()).contains(title)) {
                assertFalse(all.contains(title), name + ": folded " + title + " is not drawn");
                checked++;
            }
        }
        assertTrue(checked > 0, name + ": some folded title was looked for");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aPdfAsShownHoldsTheRollUpsAndNotTheFoldedTitles(String name) throws Exception {
        Design design = ExportFixtures.sample(name);
        Scenario scenario = design.scenarios().get(0);
        Set<String> collapsed = belowTheTop(scenario);
        ExportOutput pdf = exporter.render(ExportRequest.of(ExportFormat.PDF, design, scenario)
                .withFolds(new ExportFolds(collapsed, false)), ExportProgress.NONE);
        Folding folding = Folding.of(scenario);
        Folding.Folded folded = folding.fold(collapsed);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String all = ChartExportTest.withoutSpaces(new PDFTextStripper().getText(document));
            assertFalse(all.contains("\u2026"), name + ": nothing cut short");
            for (int owner : folded.collapsed()) {
                String head = ChartExportTest.withoutSpaces(ChartLabels.ENGLISH.roles(rolesUnder(scenario, folded, owner)));
                assertTrue(all.contains(head), name + ": roll-up " + head);
            }
            for (int v = 0; v < folding.size(); v++) {
                if (!folded.hidden(v)) {
                    String title = ChartExportTest.withoutSpaces(scenario.nodes().get(v).label());
                    assertTrue(all.contains(title), name + ": " + title + " whole");
                }
            }
        }
    }

    /** The roles the roll-up of collapsed card {@code owner} holds over all phases. */
    private static int rolesUnder(Scenario scenario, Folding.Folded folded, int owner) {
        int roles = 0;
        for (int v = 0; v < scenario.nodes().size(); v++) {
            if (folded.owner(v) == owner && scenario.nodes().get(v) instanceof Role) {
                roles++;
            }
        }
        return roles;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void withoutFoldsTheSvgIsWhatTheChartAloneDraws(String name) {
        Design design = ExportFixtures.sample(name);
        Scenario scenario = design.scenarios().get(0);
        ExportRequest request = ExportRequest.of(ExportFormat.SVG, design, scenario);
        SansSerifMetrics metrics = new SansSerifMetrics();
        SheetPainter painter = new SheetPainter(ChartLabels.ENGLISH);
        ImageSheet sheet = new ImageSheet(ChartScene.of(design, scenario),
                SheetTitle.of(request, scenario, ExportLabels.ENGLISH), painter, new SvgSurface(0, 0, metrics));
        SvgSurface expected = new SvgSurface(sheet.width(), sheet.height(), metrics);
        sheet.paint(expected);
        String leaf = scenario.nodes().stream().map(Node::id)
                .filter(id -> !Folding.of(scenario).foldable(Folding.of(scenario).indexOf(id))).findFirst().orElseThrow();
        for (ExportFolds folds : List.of(ExportFolds.NONE, new ExportFolds(Set.of(leaf, "no-such-card"), true))) {
            byte[] svg = exporter.render(request.withFolds(folds), ExportProgress.NONE).bytes();
            assertEquals(expected.toSvg(), new String(svg, StandardCharsets.UTF_8), name + " with " + folds);
        }
    }

    @Test
    void aLargeDesignArrangedAsShownIsASmallPictureOfItsTopAndItsRollUps() throws Exception {
        Design design = DesignGenerator.generate(new GeneratorSpec(2_000, 3, 3, 22, 1, 7));
        Scenario scenario = design.scenarios().get(0);
        Set<String> opening = Folding.of(scenario).opening(30);
        ExportRequest request = ExportRequest.of(ExportFormat.PNG, design, scenario);
        BufferedImage whole = png(request);
        BufferedImage shown = png(request.withFolds(new ExportFolds(opening, true)));
        assertTrue(shown.getWidth() * 4 < whole.getWidth(), shown.getWidth() + " px wide against " + whole.getWidth());

        ChartScene scene = FoldedChart.scene(request.withFolds(new ExportFolds(opening, true)));
        assertEquals(opening.size(), scene.folds().count(), "one roll-up per collapsed card");
        int rolled = 0;
        int shownCards = 0;
        for (int k = 0; k < scene.folds().count(); k++) {
            rolled += scene.folds().facts(k).roles();
        }
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (!scene.hidden(i)) {
                shownCards++;
                assertTrue(scene.bounds().contains(scene.card(i).x(), scene.card(i).y()));
            }
        }
        long roles = scenario.nodes().stream().filter(n -> n instanceof Role).count();
        long shownRoles = java.util.stream.IntStream.range(0, scene.nodeCount())
                .filter(i -> !scene.hidden(i) && scene.node(i) instanceof Role).count();
        assertEquals(roles, rolled + shownRoles, "every role is on a card or in a roll-up");
        assertTrue(shownCards <= 30, shownCards + " cards shown");
        for (int k = 0; k < scene.folds().count(); k++) {
            for (int j = 0; j < scene.nodeCount(); j++) {
                assertFalse(!scene.hidden(j) && scene.card(j).intersects(scene.rollUpCard(k)),
                        "roll-up " + k + " overlaps card " + scene.node(j).label());
            }
        }
    }

    @Test
    void aRollUpCountsTheRolesActiveInThePhaseExported() {
        Design design = ExportFixtures.sample("mo-in-it-six-months.modesign");
        Scenario scenario = design.scenarios().get(0);
        Set<String> collapsed = belowTheTop(scenario);
        Folding.Folded folded = Folding.of(scenario).fold(collapsed);
        org.modesign.analysis.ScenarioIndex index = org.modesign.analysis.ScenarioIndex.of(design, scenario);
        boolean differs = false;
        for (int p = 0; p < design.phases().size(); p++) {
            ChartScene scene = FoldedChart.scene(ExportRequest.of(ExportFormat.SVG, design, scenario)
                    .atPhase(design.phases().get(p)).withFolds(new ExportFolds(collapsed, false)));
            for (int k = 0; k < scene.folds().count(); k++) {
                int owner = Folding.of(scenario).indexOf(scene.node(scene.folds().collapsed(k)).id());
                int active = 0;
                for (int v = 0; v < index.size(); v++) {
                    if (folded.owner(v) == owner && index.isRole(v) && index.isActive(v, p)) {
                        active++;
                    }
                }
                assertEquals(active, scene.folds().facts(k).roles(), "phase " + p + ", roll-up " + k);
                differs |= active != rolesUnder(scenario, folded, owner);
            }
        }
        assertTrue(differs, "some phase counts fewer roles than all phases together");
    }

    private BufferedImage png(ExportRequest request) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(exporter.render(request, ExportProgress.NONE).bytes()));
    }

}
