package org.modesign.ui.charter;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.modesign.edit.AddObstacle;
import org.modesign.edit.MoveObstacle;
import org.modesign.edit.RemoveObstacle;
import org.modesign.edit.SetObstacleKind;
import org.modesign.edit.SetObstacleStrategy;
import org.modesign.edit.SetObstacleText;
import org.modesign.model.Design;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.ui.form.ItemTable;
import org.modesign.ui.form.PaneEdits;
import org.modesign.ui.form.TableButtons;
import org.modesign.ui.i18n.I18n;

/**
 * The obstacles of the charter as a table: the kind picked (stakeholder, process, technology,
 * budget), the obstacle and its change strategy edited in place; buttons to add, remove and
 * reorder.
 */
final class ObstaclesPane extends BorderPane {

    private final PaneEdits edits;
    private final ItemTable<Obstacle> table = new ItemTable<>("charter-obstacles", Obstacle::id);
    private final TableColumn<Obstacle, String> texts;

    ObstaclesPane(PaneEdits edits) {
        this.edits = edits;
        table.choiceColumn(I18n.tr("charter.column.kind"), List.of(ObstacleKind.values()), Obstacle::kind,
                k -> I18n.tr("obstacleKind." + k.code()), (o, k) -> edits.submit(new SetObstacleKind(o.id(), k)))
                .setPrefWidth(160);
        texts = table.sentenceColumn(I18n.tr("charter.column.obstacle"), Obstacle::text,
                (o, text) -> edits.submit(new SetObstacleText(o.id(), text.strip())));
        texts.setPrefWidth(450);
        table.sentenceColumn(I18n.tr("charter.column.strategy"), Obstacle::strategy,
                (o, strategy) -> edits.submit(new SetObstacleStrategy(o.id(), strategy.strip()))).setPrefWidth(450);
        HBox buttons = new HBox(8,
                TableButtons.of("charter-obstacle-add", "plan.button.add", "mdi2p-plus", this::add),
                TableButtons.forSelection(table, "charter-obstacle-remove", "plan.button.remove", "mdi2m-minus",
                        () -> edits.submit(new RemoveObstacle(table.selectedId()))),
                TableButtons.forSelection(table, "charter-obstacle-up", "plan.button.up", "mdi2a-arrow-up",
                        () -> move(-1)),
                TableButtons.forSelection(table, "charter-obstacle-down", "plan.button.down", "mdi2a-arrow-down",
                        () -> move(1)));
        table.setPlaceholder(CharterView.placeholder("charter.obstacles.empty"));
        setTop(CharterView.header("charter.obstacles", "charter.obstacles.hint", buttons));
        setCenter(table);
        setBottom(edits.message());
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
    }

    /** Shows the obstacles of {@code design}. */
    void show(Design design) {
        table.show(design.charter().obstacles());
    }

    private Design design() {
        return edits.context().document().design();
    }

    private void add() {
        Obstacle selected = table.getSelectionModel().getSelectedItem();
        ObstacleKind kind = selected == null ? ObstacleKind.STAKEHOLDER : selected.kind();
        AddObstacle add = AddObstacle.named(design(), kind, I18n.tr("charter.obstacle.newText"));
        if (edits.submit(add)) {
            table.select(add.obstacle().id());
            table.editSelected(texts);
        }
    }

    private void move(int delta) {
        edits.submit(MoveObstacle.by(design(), table.selectedId(), delta));
    }
}
