package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.model.ToolCategory;

/**
 * Every word the stack landscape paints reads against what is behind it (WCAG 2.2 text, 4.5 : 1),
 * in the light and dark themes and the exports': a chip's title and details on the chip of each
 * category, a mark's words ("No owner") on a chip and on a gap, the column and layer names on
 * their band, the legend's words on the background. The dark theme once painted light chips and
 * a light band under its light words (1.1 : 1).
 */
class StackColoursContrastTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.modesign.render.ChartThemeContrastTest#themes")
    void everyWordOfTheLandscapeReads(String name, ChartTheme theme) {
        StackColours colours = StackColours.of(theme);
        List<String> failures = new ArrayList<>();
        for (ToolCategory category : ToolCategory.values()) {
            Rgb chip = colours.tint(StackPainter.CATEGORY_COLOURS.get(category));
            check(failures, category + " chip title", theme.cardText(), chip);
            check(failures, category + " chip detail", theme.cardDetailText(), chip);
            check(failures, category + " chip mark", colours.markText(), chip);
        }
        Rgb gap = colours.tint(theme.badge(BadgeSeverity.WARNING), 0.14);
        check(failures, "gap title", theme.cardText(), gap);
        check(failures, "gap mark", colours.markText(), gap);
        check(failures, "headers", theme.cardText(), colours.header());
        check(failures, "legend", theme.cardText(), theme.background());
        assertEquals(List.of(), failures);
    }

    private static void check(List<String> failures, String what, Rgb text, Rgb behind) {
        double ratio = Contrast.ratio(text, behind);
        if (ratio < Contrast.TEXT) {
            failures.add(String.format("%s: %s on %s is %.2f : 1", what, text.hex(), behind.hex(), ratio));
        }
    }
}
