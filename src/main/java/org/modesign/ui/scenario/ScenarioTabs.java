package org.modesign.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;
import org.modesign.ui.a11y.ContextMenuKeys;
import org.modesign.ui.base.ControlRefresh;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * A tab per scenario of the design, above the chart: clicking one shows that scenario (each keeps
 * its own view of the chart); double-click renames; the context menu duplicates, renames, sets
 * the strategy or deletes; the "+" tab button adds a new one.
 */
public final class ScenarioTabs extends HBox {

    private final EditorContext context;
    private final ScenarioActions actions;
    private final TabPane tabs = new TabPane();
    private final ControlRefresh echoes = new ControlRefresh();

    public ScenarioTabs(EditorContext context, ScenarioActions actions) {
        this.context = context;
        this.actions = actions;
        setId("scenario-tabs");
        getStyleClass().add("scenario-tabs");
        setAlignment(Pos.BOTTOM_LEFT);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setSide(Side.TOP);
        tabs.getStyleClass().add("floating");
        // A Tab stop: the arrow keys choose the scenario shown, Shift+F10 or the Menu key opens the shown tab's menu.
        tabs.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (ContextMenuKeys.opens(e)) {
                showMenuOfSelectedTab();
                e.consume();
            }
        });
        tabs.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && e.getTarget() == tabs) {
                showMenuOfSelectedTab();
                e.consume();
            }
        });
        // A double click on a tab renames its scenario.
        tabs.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                scenarioOfHeader(e.getTarget()).ifPresent(actions::rename);
            }
        });
        tabs.setTabMaxWidth(360);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        javafx.scene.control.Button add = new javafx.scene.control.Button(null, new FontIcon("mdi2p-plus"));
        add.setId("scenario-add");
        add.getStyleClass().addAll("button-icon", "flat");
        add.setFocusTraversable(false);
        add.setTooltip(new Tooltip(I18n.plain(I18n.tr("action.newScenario"))));
        org.modesign.ui.a11y.AccessibleNames.byTooltip(add);
        add.setOnAction(e -> actions.addNew());
        getChildren().addAll(tabs, add);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (!echoes.muted() && tab != null) {
                context.document().scenarioIdProperty().set((String) tab.getUserData());
            }
        });
        context.document().designProperty().addListener((obs, old, d) -> rebuild(d));
        context.document().scenarioIdProperty().addListener((obs, old, id) -> selectCurrent());
        rebuild(context.document().design());
    }

    private void rebuild(Design design) {
        List<String> keys = new ArrayList<>();
        design.scenarios().forEach(s -> keys.add(s.id() + '\n' + s.name() + '\n' + s.strategy()));
        if (!echoes.changed(keys)) {
            return;
        }
        echoes.quietly(() -> {
            List<Tab> made = new ArrayList<>();
            for (Scenario s : design.scenarios()) {
                made.add(tab(s));
            }
            tabs.getTabs().setAll(made);
        });
        selectCurrent();
    }

    private Tab tab(Scenario scenario) {
        Tab tab = new Tab(scenario.name());
        tab.setUserData(scenario.id());
        tab.setId("scenario-tab-" + scenario.id());
        tab.setTooltip(new Tooltip(I18n.tr("scenario.tooltip", scenario.name(),
                I18n.tr("strategy." + scenario.strategy().code()), scenario.nodes().size())));
        tab.setContextMenu(menu(scenario));
        // The name as the tab's text: what a reader speaks for the tab (a graphic's words are not read).
        tab.setText(scenario.name());
        return tab;
    }

    /** The scenario whose tab header holds {@code target}, if any (a header has its tab's id). */
    private java.util.Optional<String> scenarioOfHeader(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != tabs; n = n.getParent()) {
            if (n.getStyleClass().contains("tab") && n.getId() != null) {
                String id = n.getId();
                return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .map(t -> (String) t.getUserData());
            }
        }
        return java.util.Optional.empty();
    }

    /** The menu of the tab shown, under its header (or under the tabs' top left corner). */
    private void showMenuOfSelectedTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null || tab.getContextMenu() == null) {
            return;
        }
        Node header = tab.getId() == null ? null : tabs.lookup("#" + tab.getId());
        Node anchor = header != null ? header : tabs;
        javafx.geometry.Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b != null) {
            tab.getContextMenu().show(anchor, b.getMinX(), b.getMaxY());
        }
    }

    private ContextMenu menu(Scenario scenario) {
        String id = scenario.id();
        MenuItem rename = item("action.renameScenario", () -> actions.rename(id));
        MenuItem duplicate = item("action.duplicateScenario", () -> actions.duplicate(id));
        Menu strategy = new Menu(I18n.tr("scenario.strategy"));
        ToggleGroup group = new ToggleGroup();
        for (Strategy s : Strategy.values()) {
            RadioMenuItem choice = new RadioMenuItem(I18n.tr("strategy." + s.code()));
            choice.setToggleGroup(group);
            choice.setSelected(s == scenario.strategy());
            choice.setOnAction(e -> actions.setStrategy(id, s));
            strategy.getItems().add(choice);
        }
        MenuItem delete = item("action.deleteScenario", () -> actions.delete(id));
        return new ContextMenu(rename, duplicate, strategy, new SeparatorMenuItem(), delete);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(I18n.tr(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void selectCurrent() {
        String id = context.document().scenarioIdProperty().get();
        echoes.quietly(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }
}
