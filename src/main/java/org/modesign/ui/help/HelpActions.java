package org.modesign.ui.help;

import static org.modesign.ui.action.EditorAction.ABOUT;
import static org.modesign.ui.action.EditorAction.SHOW_SHORTCUTS;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The Help menu: Keyboard Shortcuts (F1, and ? on the chart) and About, which names the version.
 */
public final class HelpActions {

    private final EditorContext context;
    private final ShortcutSheet sheet;

    /** {@code menuBar} gives the window's menu bar once it is made, {@code owner} its window. */
    public HelpActions(EditorContext context, Supplier<MenuBar> menuBar, Supplier<Window> owner) {
        this.context = context;
        this.sheet = new ShortcutSheet(menuBar, owner);
    }

    public void register() {
        context.actions().register(SHOW_SHORTCUTS, sheet::show);
        context.actions().register(ABOUT, () -> context.dialogs().showInformation(I18n.tr("about.title"),
                I18n.tr("about.version", version()) + "\n\n" + I18n.tr("about.text")));
    }

    /** Lets ? typed on {@code chart} open the shortcuts sheet (not an accelerator: ? is typed in text fields). */
    public void questionMarkOn(Node chart) {
        chart.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter())) {
                context.actions().run(SHOW_SHORTCUTS);
                e.consume();
            }
        });
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    public static String version() {
        String v = HelpActions.class.getPackage().getImplementationVersion();
        return v == null ? I18n.tr("about.development") : v;
    }
}
