package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.modesign.model.Raci;
import org.modesign.render.ChartTheme;
import org.modesign.render.Contrast;
import org.modesign.render.Rgb;

/** The matrix's words stand out from every band they are written on (4.5 : 1), and the letters from their chips. */
class MatrixColoursContrastTest {

    enum Palette { LIGHT, DARK }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void textStandsOutFromEveryBand(Palette palette) {
        MatrixColours c = palette == Palette.LIGHT ? MatrixColours.LIGHT : MatrixColours.DARK;
        List<String> failures = new ArrayList<>();
        for (Color back : List.of(c.background(), c.header(), c.layerBand(), c.groupBand(), c.groupBandAlt(),
                c.groupShade(), c.cursorBand(), c.selectedRole(), c.unstaffedTint(), c.problemTint())) {
            for (Color front : List.of(c.text(), c.detailText())) {
                double ratio = Contrast.ratio(rgb(front), rgb(back));
                if (ratio < Contrast.TEXT) {
                    failures.add(front + " on " + back + ": " + ratio);
                }
            }
        }
        for (Raci letter : Raci.values()) {
            double ratio = Contrast.ratio(rgb(c.letterText(letter)), rgb(c.letterFill(letter)));
            if (ratio < Contrast.TEXT) {
                failures.add(letter + ": " + ratio);
            }
        }
        double cursor = Contrast.ratio(rgb(c.cursor()), rgb(c.background()));
        if (cursor < Contrast.GRAPHICS) {
            failures.add("cursor: " + cursor);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theMatrixFollowsTheChartsTheme() {
        assertSame(MatrixColours.LIGHT, MatrixColours.of(ChartTheme.LIGHT));
        assertSame(MatrixColours.DARK, MatrixColours.of(ChartTheme.DARK));
    }

    private static Rgb rgb(Color colour) {
        return new Rgb((int) Math.round(colour.getRed() * 255), (int) Math.round(colour.getGreen() * 255),
                (int) Math.round(colour.getBlue() * 255), 1);
    }
}
