package org.modesign.ui.compare;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modesign.analysis.SideBySide;
import org.modesign.ui.i18n.I18n;

/**
 * The role titles found only in A and only in B, side by side. A long list shows its first
 * {@value #SHOWN} titles and says how many more there are (the CSV export has them all).
 */
final class TitleLists {

    static final int SHOWN = 15;

    private TitleLists() {
    }

    static Node of(SideBySide s) {
        HBox columns = new HBox(40, column(Side.A, s.a().scenario().name(), s.comparison().onlyInA()),
                column(Side.B, s.b().scenario().name(), s.comparison().onlyInB()));
        return ReportBlocks.card(I18n.tr("compare.titles.title"), columns);
    }

    private static Node column(Side side, String scenario, List<String> titles) {
        VBox column = new VBox(3);
        column.setId("compare-only-in-" + side.name().toLowerCase(Locale.ROOT));
        column.getChildren().add(ReportBlocks.marked(side, I18n.tr("compare.titles.onlyIn", scenario, titles.size()),
                "compare-group-title"));
        if (titles.isEmpty()) {
            column.getChildren().add(ReportBlocks.text(I18n.tr("compare.titles.none"), "compare-muted"));
        }
        for (String title : titles.subList(0, Math.min(SHOWN, titles.size()))) {
            column.getChildren().add(ReportBlocks.text("\u2022 " + title, "compare-title-item"));
        }
        if (titles.size() > SHOWN) {
            column.getChildren().add(ReportBlocks.text(I18n.tr("compare.titles.more", titles.size() - SHOWN), "compare-muted"));
        }
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }
}
