package org.modesign.ui.plan;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;

/**
 * The window for the catalogue, the tools, the regions and the phases (Design ▸ Capabilities…,
 * Tools…, Regions…, Phases…). It does not block the main window: the chart stays usable beside it, and undo and redo
 * work from both. It is made on first use and then kept, hidden when closed.
 */
public final class PlanDialog {

    private final EditorContext context;
    private final Supplier<Window> owner;
    private Stage stage;
    private PlanView view;

    /** A dialog for the design of {@code context}, in front of the window {@code owner} gives (may be null). */
    public PlanDialog(EditorContext context, Supplier<Window> owner) {
        this.context = context;
        this.owner = owner;
    }

    /** Registers the actions that open it on each tab. */
    public void register() {
        ActionRegistry actions = context.actions();
        actions.register(EditorAction.EDIT_CAPABILITIES, () -> show(PlanTab.CAPABILITIES));
        actions.register(EditorAction.EDIT_TOOLS, () -> show(PlanTab.TOOLS));
        actions.register(EditorAction.EDIT_REGIONS, () -> show(PlanTab.REGIONS));
        actions.register(EditorAction.EDIT_PHASES, () -> show(PlanTab.PHASES));
    }

    /** Shows the dialog with {@code tab} in front. */
    public void show(PlanTab tab) {
        if (stage == null) {
            stage = create();
        }
        view.select(tab);
        stage.show();
        stage.toFront();
    }

    /** The dialog's window, or null before it is first shown. */
    public Stage stage() {
        return stage;
    }

    private Stage create() {
        view = new PlanView(context);
        Button close = new Button(I18n.tr("plan.button.close"));
        close.setId("plan-close");
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(0, 12, 12, 12));
        Stage created = new Stage();
        Window window = owner.get();
        if (window != null) {
            created.initOwner(window);
        }
        created.setTitle(I18n.tr("plan.title"));
        Scene scene = new Scene(org.modesign.ui.a11y.AccessibleNames.dialog(new BorderPane(view, null, null, bottom, null),
                I18n.tr("plan.title")), 1240, 640);
        if (window != null && window.getScene() != null) {
            scene.getStylesheets().setAll(window.getScene().getStylesheets());
        }
        for (EditorAction action : new EditorAction[] {EditorAction.UNDO, EditorAction.REDO,
                EditorAction.EDIT_CAPABILITIES, EditorAction.EDIT_REGIONS, EditorAction.EDIT_PHASES}) {
            scene.getAccelerators().put(action.accelerator(), () -> context.actions().run(action));
        }
        created.setScene(scene);
        close.setOnAction(e -> created.hide());
        close.setCancelButton(true); // Escape closes the window, as it does a dialog
        return created;
    }
}
