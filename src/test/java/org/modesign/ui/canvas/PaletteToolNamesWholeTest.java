package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.fx.ShownText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The palette's tools read whole: in every bundled sample, each deployment's name, region and
 * owner show in full, on as many lines as they need ("Adobe Experience Manager Assets" was cut to
 * "Adobe Experience …" at two lines), in a row as tall as they are.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteToolNamesWholeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyToolOfEverySampleReadsWholeInThePalette(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int rows = 0;
        for (String sample : BundledSamples.ALL) {
            Design design = new DesignReader().parse(BundledSamples.read(sample)).design();
            robot.interact(() -> new EditorFixture(stage, design));
            WaitForAsyncUtils.waitForFxEvents();
            var found = robot.lookup("#palette-tools-list").tryQueryAs(ListView.class);
            if (found.isEmpty()) {
                continue; // a sample without a stack: the section says so
            }
            ListView<?> list = found.get();
            for (int i = 0; i < list.getItems().size(); i++) {
                int row = i;
                robot.interact(() -> list.scrollTo(row));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    for (var node : list.lookupAll(".list-cell")) {
                        ListCell<?> cell = (ListCell<?>) node;
                        if (cell.getIndex() == row && cell.getItem() != null) {
                            ShownText.cutUnder(cell).forEach(shown -> cut.add(sample + ": " + shown));
                            Region words = (Region) cell.getGraphic();
                            boolean overflows = words.getBoundsInParent().getMinY() < -0.5
                                    || words.getBoundsInParent().getMaxY() > cell.getHeight() + 0.5;
                            if (overflows || words.getHeight() < words.prefHeight(words.getWidth()) - 0.5) {
                                cut.add(sample + ": a row shorter than its words, row " + row);
                            }
                        }
                    }
                });
                rows++;
            }
        }
        assertTrue(rows > 20, "the samples' stacks put tools in the palette: " + rows);
        assertEquals(List.of(), cut);
    }
}
