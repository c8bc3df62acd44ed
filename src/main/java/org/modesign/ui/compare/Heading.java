package org.modesign.ui.compare;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.modesign.analysis.SideBySide;
import org.modesign.ui.I18n;

/** The top of the report: which scenario is A, which is B, which phase and which design(s). */
final class Heading {

    private Heading() {
    }

    /** {@code fileA}/{@code fileB}: the file each side comes from, null for the open design. */
    static Node of(SideBySide s, String phase, Path fileA, Path fileB) {
        HBox title = new HBox(14, Cells.marked(Side.A, s.a().scenario().name(), "compare-title"),
                Cells.text(I18n.tr("compare.versus"), "compare-title-versus"),
                Cells.marked(Side.B, s.b().scenario().name(), "compare-title"));
        title.setAlignment(Pos.CENTER_LEFT);
        title.setId("compare-heading");
        VBox heading = new VBox(4, title,
                Cells.text(I18n.tr("compare.phase", s.phaseName(phase)), "compare-subtitle"),
                Cells.text(source(s.a().design().title(), fileA, s.b().design().title(), fileB), "compare-muted"));
        heading.getStyleClass().add("compare-heading");
        return heading;
    }

    private static String source(String titleA, Path fileA, String titleB, Path fileB) {
        if (fileA == null && fileB == null) {
            return I18n.tr("compare.source.one", titleA);
        }
        return I18n.tr("compare.source.two", titleA + name(fileA), titleB + name(fileB));
    }

    private static String name(Path file) {
        return file == null ? "" : " (" + file.getFileName() + ")";
    }
}
