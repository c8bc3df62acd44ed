package org.modesign.ui.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.merge.Conflict;
import org.modesign.merge.DesignDiff;
import org.modesign.merge.DesignMerge;
import org.modesign.merge.MergeResult;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * File ▸ Merge…: the open design is ours; the user chooses the base (the version both grew from)
 * and theirs. Changes that only one side made are taken and counted; each conflict shows both
 * values side by side to choose from (ours at first, or all ours, or all theirs). Merge puts the
 * result, a design that always loads, in place of the open design as one undoable step. A large
 * file chosen is read in the background; the dialog says so and waits with its buttons disabled.
 */
final class MergeDialog {

    private final EditorContext context;
    private final Supplier<Window> owner;
    private final DesignFiles files;
    private final Label baseName = new Label();
    private final Label theirsName = new Label();
    private final Label summary = new Label();
    private final VBox conflicts = new VBox(8);
    private final List<ConflictChoice> choices = new ArrayList<>();
    private final Button merge = new Button(I18n.tr("merge.apply"));
    private Stage stage;
    private DesignFiles.Read base;
    private DesignFiles.Read theirs;
    /** Whether the merge is handed back ({@link #chooseMerge}) instead of applied to the open design. */
    private boolean handingBack;
    private Design handedBack;

    MergeDialog(EditorContext context, Supplier<Window> owner, DesignFiles files) {
        this.context = context;
        this.owner = owner;
        this.files = files;
    }

    /** Opens the dialog with the base and theirs given (either may be null, to be chosen in the dialog). */
    void open(DesignFiles.Read givenBase, DesignFiles.Read givenTheirs) {
        base = givenBase;
        theirs = givenTheirs;
        if (stage == null) {
            stage = build();
        }
        update();
        stage.show();
        stage.toFront();
    }

    /**
     * Shows the dialog for {@code givenBase} and {@code givenTheirs} and waits: the merged design the
     * user chose, not applied (the caller applies it), or empty when the dialog was closed without merging.
     */
    Optional<Design> chooseMerge(DesignFiles.Read givenBase, DesignFiles.Read givenTheirs) {
        if (stage != null && stage.isShowing()) {
            stage.close();
        }
        base = givenBase;
        theirs = givenTheirs;
        if (stage == null) {
            stage = build();
        }
        update();
        handingBack = true;
        handedBack = null;
        try {
            stage.showAndWait();
            return Optional.ofNullable(handedBack);
        } finally {
            handingBack = false;
        }
    }

    /** The window, while open (for tests). */
    Stage stage() {
        return stage;
    }

    private Stage build() {
        Stage s = new Stage();
        s.setTitle(I18n.tr("merge.title"));
        Window w = owner.get();
        if (w != null) {
            s.initOwner(w);
            s.initModality(Modality.WINDOW_MODAL);
        }
        Button chooseBase = new Button(I18n.tr("merge.choose"));
        chooseBase.setId("merge-choose-base");
        chooseBase.setOnAction(e -> files.choose(r -> {
            base = r;
            update();
        }));
        Button chooseTheirs = new Button(I18n.tr("merge.choose"));
        chooseTheirs.setId("merge-choose-theirs");
        chooseTheirs.setOnAction(e -> files.choose(r -> {
            theirs = r;
            update();
        }));
        chooseBase.disableProperty().bind(files.busyProperty());
        chooseTheirs.disableProperty().bind(files.busyProperty());
        files.busyProperty().addListener((obs, was, reading) -> update());
        chooseBase.setMinWidth(Region.USE_PREF_SIZE);
        chooseTheirs.setMinWidth(Region.USE_PREF_SIZE);
        GridPane sources = new GridPane();
        sources.setHgap(10);
        sources.setVgap(6);
        Label oursName = new Label(I18n.tr("merge.ours.design", context.document().design().title()));
        oursName.setId("merge-ours-name");
        context.document().designProperty().addListener((obs, old, d) ->
                oursName.setText(I18n.tr("merge.ours.design", d.title())));
        ColumnConstraints words = new ColumnConstraints();
        words.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        sources.getColumnConstraints().addAll(words, names);
        sources.addRow(0, new Label(I18n.tr("merge.ours")), oursName);
        sources.addRow(1, new Label(I18n.tr("merge.base")), baseName, chooseBase);
        sources.addRow(2, new Label(I18n.tr("merge.theirs")), theirsName, chooseTheirs);
        baseName.setId("merge-base-name");
        theirsName.setId("merge-theirs-name");
        summary.setId("merge-summary");
        summary.setWrapText(true);
        Button allOurs = new Button(I18n.tr("merge.allOurs"));
        allOurs.setId("merge-all-ours");
        allOurs.setOnAction(e -> choices.forEach(c -> c.choose(false)));
        Button allTheirs = new Button(I18n.tr("merge.allTheirs"));
        allTheirs.setId("merge-all-theirs");
        allTheirs.setOnAction(e -> choices.forEach(c -> c.choose(true)));
        HBox all = new HBox(8, allOurs, allTheirs);
        all.setAlignment(Pos.CENTER_LEFT);
        all.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(conflicts.getChildren()));
        conflicts.setId("merge-conflicts");
        conflicts.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = new ScrollPane(conflicts);
        scroll.setFitToWidth(true);
        VBox top = new VBox(10, sources, summary, all);
        top.setPadding(new Insets(0, 0, 10, 0));
        merge.setId("merge-apply");
        merge.setDefaultButton(true);
        merge.setOnAction(e -> apply());
        Button cancel = new Button(I18n.tr("merge.cancel"));
        cancel.setId("merge-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> s.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(merge, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(merge, cancel);
        BorderPane root = new BorderPane(scroll, top, null, buttons, null);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(14));
        root.setId("merge-dialog");
        Scene scene = new Scene(org.modesign.ui.a11y.AccessibleNames.dialog(root, I18n.tr("merge.title")), 900, 640);
        scene.getStylesheets().add(MergeDialog.class.getResource("/org/modesign/ui/changes/Changes.css")
                .toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.close();
            }
        });
        s.setScene(scene);
        return s;
    }

    /** Merges with every conflict keeping ours, to count what comes in and to list the conflicts. */
    private void update() {
        baseName.setText(base == null ? I18n.tr("merge.none") : base.name());
        theirsName.setText(theirs == null ? I18n.tr("merge.none") : theirs.name());
        choices.clear();
        conflicts.getChildren().clear();
        merge.setDisable(base == null || theirs == null || files.busyProperty().get());
        if (files.busyProperty().get()) {
            summary.setText(I18n.tr("merge.reading"));
            return;
        }
        if (base == null || theirs == null) {
            summary.setText(I18n.tr("merge.chooseBoth"));
            return;
        }
        Design ours = context.document().design();
        MergeResult plain = DesignMerge.merge(base.design(), ours, theirs.design());
        DesignDiff taken = DesignDiff.of(ours, plain.design());
        long choosable = plain.conflicts().stream().filter(Conflict::choosable).count();
        summary.setText(I18n.tr("merge.summary", taken.changes().size(), taken.moved(), choosable,
                plain.conflicts().size() - choosable));
        for (int i = 0; i < plain.conflicts().size(); i++) {
            ConflictChoice choice = new ConflictChoice(plain.conflicts().get(i), ours, i);
            choices.add(choice);
            conflicts.getChildren().add(choice);
        }
    }

    private void apply() {
        Set<String> theirsAt = choices.stream().filter(ConflictChoice::takesTheirs)
                .map(c -> c.conflict().place().key()).collect(Collectors.toSet());
        Design ours = context.document().design();
        MergeResult result = DesignMerge.merge(base.design(), ours, theirs.design(), theirsAt::contains);
        if (handingBack) {
            handedBack = result.design();
            stage.close();
            return;
        }
        int changes = DesignDiff.of(ours, result.design()).changes().size();
        if (context.edit(new TakeMerge(result.design(), EditText.of(EditKey.MERGE, theirs.name())))) {
            String shown = context.document().scenarioIdProperty().get();
            if (result.design().scenario(shown).isEmpty()) {
                context.document().scenarioIdProperty().set(result.design().scenarios().get(0).id());
            }
            context.showStatus(I18n.tr("merge.done", theirs.name(), changes, result.conflicts().size(),
                    theirsAt.size()));
            stage.close();
        }
    }
}
