package org.modesign.ui.charter;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.modesign.edit.SetMission;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.form.PaneEdits;
import org.modesign.ui.i18n.I18n;

/**
 * The charter of the open design in one view: the mission, the three readiness tests, the
 * objectives and the obstacles. It follows the document's design, so an undo in the main window
 * shows here at once.
 */
public final class CharterView extends BorderPane {

    private final PaneEdits missionEdits;
    private final TextCommit mission;
    private final ReadinessPane readiness;
    private final ObjectivesPane objectives;
    private final ObstaclesPane obstacles;

    public CharterView(EditorContext context) {
        setId("charter-view");
        missionEdits = new PaneEdits(context, "charter-mission");
        mission = new TextCommit("charter-mission", 2, text -> missionEdits.submit(new SetMission(text)));
        mission.field().setPromptText(I18n.tr("charter.mission.prompt"));
        readiness = new ReadinessPane(new PaneEdits(context, "charter-readiness"));
        objectives = new ObjectivesPane(new PaneEdits(context, "charter-objectives"));
        obstacles = new ObstaclesPane(new PaneEdits(context, "charter-obstacles"));
        Label missionTitle = title("charter.mission", mission.field());
        VBox top = new VBox(6, missionTitle, mission.field(), missionEdits.message(),
                title("charter.readiness", null), hint("charter.readiness.hint"), readiness);
        VBox.setMargin(top.getChildren().get(3), new Insets(10, 0, 0, 0));
        objectives.setPadding(new Insets(4, 0, 8, 0));
        obstacles.setPadding(new Insets(8, 0, 4, 0));
        SplitPane lists = new SplitPane(objectives, obstacles);
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.5);
        setTop(top);
        setCenter(lists);
        BorderPane.setMargin(lists, new Insets(14, 0, 0, 0));
        setPadding(new Insets(12));
        context.document().designProperty().addListener((obs, old, design) -> show(design));
        show(context.document().design());
    }

    private void show(Design design) {
        mission.show(design.charter().mission());
        readiness.show(design.charter());
        objectives.show(design);
        obstacles.show(design);
    }

    /** The head of a list of the charter: its title with the list's buttons on the right, and a hint under them. */
    static VBox header(String titleKey, String hintKey, Node buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, title(titleKey, null), gap, buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, hint(hintKey));
    }

    private static Label title(String key, Node labelFor) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add("title-4");
        label.setLabelFor(labelFor);
        return label;
    }

    private static Label hint(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** What an empty table says. */
    static Label placeholder(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
