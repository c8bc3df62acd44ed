package org.modesign.ui.find;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.modesign.find.FindHit;
import org.modesign.ui.i18n.I18n;

/** A match in the find bar's list: the card's title, and under it its team and phase span. */
final class HitCell extends ListCell<FindHit> {

    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(1, title, detail);

    HitCell() {
        title.getStyleClass().add("find-hit-title");
        detail.getStyleClass().add("find-hit-detail");
    }

    @Override
    protected void updateItem(FindHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(hit.title());
        detail.setText(detail(hit));
        setText(null);
        setGraphic(box);
    }

    /** "Martech CoE · Phase 1 – Phase 3", leaving out what a card does not have. */
    static String detail(FindHit hit) {
        String span = hit.fromPhase().isEmpty() ? ""
                : hit.fromPhase().equals(hit.toPhase()) ? hit.fromPhase()
                : I18n.tr("find.span", hit.fromPhase(), hit.toPhase());
        String team = switch (hit.type()) {
            case TEAM -> I18n.tr("find.kind.team");
            case EXECUTIVE -> I18n.tr("find.kind.executive");
            case ROLE -> hit.team().isEmpty() ? I18n.tr("find.noTeam") : hit.team();
        };
        return span.isEmpty() ? team : I18n.tr("find.detail", team, span);
    }
}
