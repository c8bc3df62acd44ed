package org.modesign.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.modesign.analysis.ScenarioProfile;
import org.modesign.analysis.SideBySide;
import org.modesign.ui.i18n.I18n;

/** The top of the report: which scenario is A, which is B, which phase and which design(s). */
final class Heading {

    private Heading() {
    }

    /** {@code fileA}/{@code fileB}: the file each side comes from, null for the open design. */
    static Node of(SideBySide s, String phase, Path fileA, Path fileB) {
        FlowPane title = new FlowPane(14, 4, ReportBlocks.marked(Side.A, s.a().scenario().name(), "compare-title"),
                ReportBlocks.text(I18n.tr("compare.versus"), "compare-title-versus"),
                ReportBlocks.marked(Side.B, s.b().scenario().name(), "compare-title"));
        title.setAlignment(Pos.CENTER_LEFT);
        title.setId("compare-heading");
        VBox heading = new VBox(4, title,
                ReportBlocks.wrapping(I18n.tr("compare.phase", s.phaseName(phase)), "compare-subtitle"),
                ReportBlocks.wrapping(source(s.a().design().title(), fileA, s.b().design().title(), fileB), "compare-muted"));
        missing(s.a(), phase, s).ifPresent(heading.getChildren()::add);
        missing(s.b(), phase, s).ifPresent(heading.getChildren()::add);
        heading.getStyleClass().add("compare-heading");
        return heading;
    }

    /** A warning when {@code side}'s design has no phase of this id (its values are then dashes). */
    private static Optional<Node> missing(ScenarioProfile side, String phase, SideBySide s) {
        if (side.metrics(phase) != null) {
            return Optional.empty();
        }
        Label warning = ReportBlocks.wrapping(I18n.tr("compare.phaseMissing", side.scenario().name(), s.phaseName(phase)),
                "compare-warning");
        return Optional.of(warning);
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
