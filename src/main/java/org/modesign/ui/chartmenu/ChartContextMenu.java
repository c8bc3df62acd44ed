package org.modesign.ui.chartmenu;

import static org.modesign.ui.action.EditorAction.*;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.edit.LineKey;
import org.modesign.render.ChartScene;
import org.modesign.render.Viewport;
import org.modesign.ui.a11y.ContextMenuKeys;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.palette.NewCards;
import org.modesign.ui.palette.PaletteItem;

/**
 * The chart's context menus. On a card: rename, archetype, sourcing, add a report, add a team
 * member, select its branch, delete. On a line: solid ⇄ dotted, delete. On the empty canvas: add
 * here (each palette item), paste, arrange, fit. A right-click selects what it is on first (a card
 * already selected keeps the selection), and every item is the menu bar's own action (the same
 * handler, label and shortcut), so it does exactly what the menu does, as one undoable step.
 */
public final class ChartContextMenu {

    private final EditorContext context;
    private final ChartView chart;
    private final NewCards cards;
    private final RoleChoices choices;
    /** Items the card menu gets for the card right-clicked; the place for collapse and expand. */
    private Function<String, List<MenuItem>> branchItems = id -> List.of();
    private ContextMenu showing;

    public ChartContextMenu(EditorContext context, ChartView chart, NewCards cards) {
        this.context = context;
        this.chart = chart;
        this.cards = cards;
        this.choices = new RoleChoices(context);
    }

    /**
     * Shows a context menu where the user presses the secondary button on the chart, or presses
     * Shift+F10 or the menu key (then at the selected card, else at the selected line, else the canvas
     * menu at the view's centre: see {@link KeyboardMenu}). The press itself opens it, on every
     * platform alike (a platform's own context-menu event comes on press on some, on release on
     * others, and not at all from some robots).
     */
    public void install() {
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY || e.isPopupTrigger()) {
                show(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        chart.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                new KeyboardMenu(chart, context).show(this::menuAtCard, this::lineMenu, this::canvasMenuAt, this::show);
            }
            e.consume();
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() == chart && ContextMenuKeys.opens(e)) {
                new KeyboardMenu(chart, context).show(this::menuAtCard, this::lineMenu, this::canvasMenuAt, this::show);
                e.consume();
            }
        });
    }

    /** The card menu of card {@code id}, which is selected first when it is not. */
    private ContextMenu menuAtCard(String id) {
        if (!context.selection().contains(id)) {
            context.selection().selectNodes(List.of(id));
        }
        return cardMenu(id);
    }

    private void show(ContextMenu menu, double screenX, double screenY) {
        if (showing != null) {
            showing.hide();
        }
        showing = menu;
        menu.show(chart, screenX, screenY);
    }

    private void show(double x, double y, double screenX, double screenY) {
        show(menuAt(x, y), screenX, screenY);
    }

    /**
     * COLLAPSE/EXPAND GOES HERE: the lead wires the collapse of branch compact-collapse with
     * {@code setBranchItems(id -> List.of(collapseItem(id), expandItem(id), ...))}; the items come
     * in the card menu right after "Select branch".
     */
    public void setBranchItems(Function<String, List<MenuItem>> items) {
        branchItems = items;
    }

    /** The menu for a right-click at view point ({@code x}, {@code y}), having selected what is there. */
    ContextMenu menuAt(double x, double y) {
        ChartScene scene = chart.scene();
        Viewport viewport = chart.viewport();
        double wx = viewport.toWorldX(x);
        double wy = viewport.toWorldY(y);
        int node = scene.nodeAt(wx, wy);
        if (node >= 0) {
            String id = scene.node(node).id();
            if (!context.selection().contains(id)) {
                context.selection().selectNodes(List.of(id));
            }
            return cardMenu(id);
        }
        int line = scene.lineAt(wx, wy, 5 / viewport.scale());
        if (line >= 0 && line < scene.modelLineCount()) {
            context.selection().selectLine(LineKey.of(chart.scenario().lines().get(line)));
            return lineMenu();
        }
        return canvasMenu(wx, wy);
    }

    /** The menu of the line selected. */
    private ContextMenu lineMenu() {
        return menu("context-line", item(TOGGLE_LINE_STYLE), item(DELETE));
    }

    private ContextMenu cardMenu(String id) {
        ContextMenu menu = menu("context-card", item(RENAME), choices.archetype(), choices.sourcing(),
                new SeparatorMenuItem(), item(ADD_REPORT), item(ADD_MEMBER), item(REPORT_TO), item(RESPONSIBILITIES),
                new SeparatorMenuItem(),
                item(SELECT_BRANCH));
        menu.getItems().addAll(branchItems.apply(id));
        menu.getItems().addAll(new SeparatorMenuItem(), item(DELETE));
        return menu;
    }

    /** The canvas menu for world point ({@code wx}, {@code wy}): Add Here adds there. */
    ContextMenu canvasMenuAt(double wx, double wy) {
        return canvasMenu(wx, wy);
    }

    private ContextMenu canvasMenu(double wx, double wy) {
        Menu add = new Menu(I18n.tr("contextMenu.addHere"));
        add.setId("context-add-here");
        for (PaletteItem p : PaletteItem.values()) {
            MenuItem item = new MenuItem(I18n.tr(p.labelKey()), new FontIcon(p.icon()));
            item.setId("context-add-" + p.name());
            item.setOnAction(e -> cards.add(p, wx, wy, chart.scene()));
            add.getItems().add(item);
        }
        return menu("context-canvas", add, new SeparatorMenuItem(), item(PASTE), item(ARRANGE), item(ZOOM_FIT));
    }

    private MenuItem item(EditorAction action) {
        ActionRegistry actions = context.actions();
        MenuItem item = actions.menuItem(action);
        item.setId("context-" + action.name());
        return item;
    }

    private static ContextMenu menu(String id, MenuItem... items) {
        ContextMenu menu = new ContextMenu(items);
        menu.setId(id);
        return menu;
    }
}
