package org.modesign.ui.charter;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The charter window (Design ▸ Charter…). Like the catalogue window it does not block the main
 * window, undo and redo work from both, and it is made on first use and then kept, hidden when
 * closed.
 */
public final class CharterWindow {

    private final EditorContext context;
    private final Supplier<Window> owner;
    private Stage stage;

    /** A window for the charter of {@code context}'s design, in front of the window {@code owner} gives (may be null). */
    public CharterWindow(EditorContext context, Supplier<Window> owner) {
        this.context = context;
        this.owner = owner;
    }

    /** Registers the action that opens it. */
    public void register() {
        context.actions().register(EditorAction.EDIT_CHARTER, this::show);
    }

    /** Shows the window and brings it to the front. */
    public void show() {
        if (stage == null) {
            stage = create();
        }
        stage.show();
        stage.toFront();
    }

    /** The window, or null before it is first shown. */
    public Stage stage() {
        return stage;
    }

    private Stage create() {
        CharterView view = new CharterView(context);
        Button close = new Button(I18n.tr("plan.button.close"));
        close.setId("charter-close");
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(0, 12, 12, 12));
        Stage created = new Stage();
        Window window = owner.get();
        if (window != null) {
            created.initOwner(window);
        }
        created.setTitle(I18n.tr("charter.title"));
        Scene scene = new Scene(org.modesign.ui.a11y.AccessibleNames.dialog(new BorderPane(view, null, null, bottom, null),
                I18n.tr("charter.title")), 1180, 900);
        if (window != null && window.getScene() != null) {
            scene.getStylesheets().setAll(window.getScene().getStylesheets());
        }
        for (EditorAction action : new EditorAction[] {EditorAction.UNDO, EditorAction.REDO, EditorAction.EDIT_CHARTER}) {
            scene.getAccelerators().put(action.accelerator(), () -> context.actions().run(action));
        }
        created.setScene(scene);
        close.setOnAction(e -> created.hide());
        close.setCancelButton(true); // Escape closes the window, as it does a dialog
        return created;
    }
}
