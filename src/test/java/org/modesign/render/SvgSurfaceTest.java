package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgSurfaceTest {

    @Test
    void shapesCarryTheTransformColoursAndDashes() throws Exception {
        SvgSurface svg = new SvgSurface(200, 100);
        svg.save();
        svg.scale(2);
        svg.translate(10, 5);
        svg.setFill(Rgb.of(0xFF0000).withAlpha(0.5));
        svg.fillRoundRect(0, 0, 20, 10, 3);
        svg.setStroke(Rgb.of(0x0000FF));
        svg.setLineWidth(1.5);
        svg.setDash(new Dash(4, 2));
        svg.strokePolyline(new double[] {0, 10}, new double[] {0, 0}, 2);
        svg.restore();
        svg.fillOval(0, 0, 10, 20);
        Document doc = parse(svg);
        Element rect = (Element) doc.getElementsByTagName("rect").item(0);
        assertEquals("20", rect.getAttribute("x"));
        assertEquals("10", rect.getAttribute("y"));
        assertEquals("40", rect.getAttribute("width"));
        assertEquals("6", rect.getAttribute("rx"));
        assertEquals("#ff0000", rect.getAttribute("fill"));
        assertEquals("0.5", rect.getAttribute("fill-opacity"));
        Element line = (Element) doc.getElementsByTagName("polyline").item(0);
        assertEquals("20,10 40,10", line.getAttribute("points"));
        assertEquals("3", line.getAttribute("stroke-width"));
        assertEquals("8 4", line.getAttribute("stroke-dasharray"));
        assertEquals("none", line.getAttribute("fill"));
        Element oval = (Element) doc.getElementsByTagName("ellipse").item(0);
        assertEquals("5", oval.getAttribute("cx"));
        assertEquals("#000000", oval.getAttribute("fill"), "restore brings back the first fill");
    }

    @Test
    void textStaysTextAndIsEscaped() throws Exception {
        SvgSurface svg = new SvgSurface(100, 100);
        svg.text("R&D <lead> \"x\"\u0001 \uD83D\uDE80 \uD800", 50, 20, new FontSpec(12, true), TextAlign.CENTER);
        Element text = (Element) parse(svg).getElementsByTagName("text").item(0);
        assertEquals("R&D <lead> \"x\"  \uD83D\uDE80 \uFFFD", text.getTextContent());
        assertEquals("middle", text.getAttribute("text-anchor"));
        assertEquals("bold", text.getAttribute("font-weight"));
        assertEquals("12", text.getAttribute("font-size"));
    }

    @Test
    void aPaintedChartIsValidSvgWithItsTitlesAsText() throws Exception {
        ChartScene scene = TestCharts.scene(TestCharts.large(100));
        Viewport viewport = Viewport.fit(scene.bounds(), 4000, 3000, 10, 1);
        SvgSurface svg = new SvgSurface(viewport.width(), viewport.height());
        new ChartPainter().paint(svg, scene, viewport, PaintOptions.DEFAULT.withDetail(LevelOfDetail.FULL));
        NodeList texts = parse(svg).getElementsByTagName("text");
        List<String> content = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            content.add(texts.item(i).getTextContent());
        }
        for (int i = 0; i < scene.nodeCount(); i++) {
            assertTrue(content.contains(scene.node(i).label()), scene.node(i).label());
        }
    }

    @Test
    void numbersAreShortAndPlain() {
        assertEquals("1", SvgSurface.num(1.0));
        assertEquals("0.33", SvgSurface.num(1.0 / 3));
        assertEquals("12000000", SvgSurface.num(1.2e7));
        assertEquals("-2.5", SvgSurface.num(-2.5));
    }

    private static Document parse(SvgSurface svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.toSvg().getBytes(StandardCharsets.UTF_8)));
    }
}
