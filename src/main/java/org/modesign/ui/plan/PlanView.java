package org.modesign.ui.plan;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.form.PaneEdits;

/**
 * The capability catalogue, the martech tools, the regions and the phases of the open design, one
 * tab each. It
 * follows the document's design, so an undo in the main window shows here at once.
 */
public final class PlanView extends TabPane {

    private final Map<PlanTab, Tab> tabs = new EnumMap<>(PlanTab.class);
    private final CapabilitiesPane capabilities;
    private final ToolsPane tools;
    private final RegionsPane regions;
    private final PhasesPane phases;

    public PlanView(EditorContext context) {
        setId("plan-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        capabilities = new CapabilitiesPane(new PaneEdits(context, "plan-capabilities"));
        tools = new ToolsPane(new PaneEdits(context, "plan-tools"));
        regions = new RegionsPane(new PaneEdits(context, "plan-regions"));
        phases = new PhasesPane(new PaneEdits(context, "plan-phases"));
        add(PlanTab.CAPABILITIES, "plan.tab.capabilities", capabilities);
        add(PlanTab.TOOLS, "plan.tab.tools", tools);
        add(PlanTab.REGIONS, "plan.tab.regions", regions);
        add(PlanTab.PHASES, "plan.tab.phases", phases);
        context.document().designProperty().addListener((obs, old, design) -> show(design));
        show(context.document().design());
    }

    private void add(PlanTab key, String labelKey, Region content) {
        content.setPadding(new Insets(12));
        Tab tab = new Tab(I18n.tr(labelKey), content);
        tab.setId("plan-tab-" + key.name().toLowerCase(java.util.Locale.ROOT));
        tabs.put(key, tab);
        getTabs().add(tab);
    }

    /** Brings {@code tab} to the front. */
    public void select(PlanTab tab) {
        getSelectionModel().select(tabs.get(tab));
    }

    private void show(Design design) {
        capabilities.show(design);
        tools.show(design);
        regions.show(design);
        phases.show(design);
    }
}
