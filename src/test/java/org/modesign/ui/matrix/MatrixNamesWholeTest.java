package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.starter.BundledSamples;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The matrix's capability column is wide enough for the names of the standard catalogue: in every
 * bundled sample, every capability named in up to {@value #LONG} characters reads whole (the
 * column was 340 pixels and cut 22 of the samples' 32 names, "Integrate martech products with
 * non-marketing sy…"); a longer name is cut, with the tooltip as before.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixNamesWholeTest {

    /** The longest name the column must show whole, in characters. */
    private static final int LONG = 57;

    @Test
    void everyCapabilityNameOfTheSamplesUpToFiftySevenCharactersReadsWhole() {
        MatrixPainter painter = new MatrixPainter(new Canvas(10, 10).getGraphicsContext2D());
        List<String> cut = new ArrayList<>();
        for (String sample : BundledSamples.ALL) {
            Design design = new DesignReader().parse(BundledSamples.read(sample)).design();
            for (Scenario scenario : design.scenarios()) {
                RaciGrid grid = RaciGrid.of(ScenarioIndex.of(design, scenario), null, RaciGrid.Grouping.TEAM);
                MatrixContent content = new MatrixContent(grid, design, true, painter);
                double room = content.geometry().nameWidth() - MatrixContent.TEXT_PADDING;
                for (int row = 0; row < grid.rowCount(); row++) {
                    String name = grid.capability(row).name();
                    if (name.length() <= LONG && painter.textWidth(name, false) > room && !cut.contains(name)) {
                        cut.add(name);
                    }
                }
            }
        }
        assertEquals(List.of(), cut);
    }
}
