package org.modesign.stack;

import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Strategy;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * A small design with a stack that breaks each stack rule in phase 2: two tools for campaigns
 * (duplicate-tools; the automation owner is accountable for campaigns), HubSpot without an owner, a CMS in the Americas whose owner leaves after
 * phase 1, and websites (needing a tool, per region, required in phase 2) without a tool in EMEA.
 */
public final class StackFixture {

    public static final String SCENARIO = "s";

    private StackFixture() {
    }

    public static Design design() {
        Capability campaigns = new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.GLOBAL,
                Archetype.MARKETER);
        Capability web = new Capability("web", "Build websites", Layer.EXPRESSION, Scope.PER_REGION, Archetype.MAKER,
                true);
        Capability data = new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER);
        List<Tool> tools = List.of(
                new Tool("marketo", "Marketo Engage", ToolCategory.ADVERTISING, Layer.EXPRESSION, 240000,
                        List.of("campaigns")),
                new Tool("hubspot", "HubSpot Marketing Hub Enterprise", ToolCategory.ADVERTISING, Layer.EXPRESSION,
                        90000, List.of("campaigns")),
                new Tool("cms", "WordPress VIP", ToolCategory.CONTENT, Layer.EXPRESSION, 45000, List.of("web")),
                new Tool("segment", "Twilio Segment", ToolCategory.DATA, Layer.PLATFORM, 150000, List.of("data")),
                new Tool("onetrust", "OneTrust", ToolCategory.MANAGEMENT, Layer.GOVERNANCE, 90000, List.of()));
        Role owner = Role.of("owner", "Marketing automation owner", Archetype.MAESTRO, 0, 240)
                .withResponsibilities(List.of(new Responsibility("campaigns", Raci.A)));
        Role webLead = Role.of("web-lead", "Americas web lead", Archetype.MAKER, 200, 240).withPhases(null, "p1");
        Role analyst = Role.of("analyst", "Data analyst", Archetype.MODELER, 400, 240);
        Scenario scenario = new Scenario(SCENARIO, "Stack", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120), owner, webLead, analyst),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("owner", "cmo", LineStyle.SOLID),
                        new Line("web-lead", "cmo", LineStyle.SOLID), new Line("analyst", "cmo", LineStyle.SOLID)),
                List.of(new StackEntry("marketo", Region.GLOBAL, "owner", null, null),
                        new StackEntry("hubspot", Region.GLOBAL, null, "p2", null),
                        new StackEntry("cms", "amer", "web-lead", null, null),
                        new StackEntry("segment", Region.GLOBAL, "analyst", null, null),
                        new StackEntry("onetrust", "emea", "cmo", null, "p1")));
        return new Design("Stack fixture", "", Settings.DEFAULTS,
                List.of(new Region("amer", "Americas"), new Region("emea", "EMEA")),
                List.of(campaigns, web, data),
                List.of(new Phase("p1", "Phase 1", List.of()), new Phase("p2", "Phase 2", List.of("web"))),
                List.of(scenario), Charter.EMPTY, tools);
    }

    public static Scenario scenario(Design design) {
        return design.scenarios().get(0);
    }
}
