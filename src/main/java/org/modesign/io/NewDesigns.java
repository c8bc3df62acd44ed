package org.modesign.io;

import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;

/**
 * The design a user starts from: the standard catalogue of the 22 marketing-operations tasks of
 * the 2020 MarTech career survey (domain.md, with the ids the bundled samples use), one phase that
 * requires nothing yet, and one centralized scenario holding a CEO and a CMO who reports to them.
 */
public final class NewDesigns {

    /** Where the first two cards sit: the CMO one row below the CEO. */
    private static final double CENTRE_X = 400;
    private static final double ROW_HEIGHT = 120;

    private static final List<Capability> STANDARD_CATALOGUE = List.of(
            expression("campaigns", "Design, run and optimise/test marketing campaigns", Archetype.MARKETER),
            expression("martech-training", "Train and support marketers on martech products", Archetype.MAESTRO),
            platform("martech-admin", "Operate martech products as an administrator", Archetype.MAESTRO),
            governance("martech-research", "Research and recommend new martech products", Archetype.LEADER),
            governance("workflows", "Design and manage internal workflows and processes", Archetype.MAESTRO),
            platform("integration", "Integrate martech products with each other", Archetype.MAKER),
            platform("data-quality", "Monitor data quality in martech products", Archetype.MODELER),
            governance("martech-budget", "Pay for martech products from a budget (partly or fully)",
                    Archetype.LEADER),
            platform("sla-monitoring", "Monitor performance and other SLAs of martech products", Archetype.MAESTRO),
            governance("purchase-approval", "Approve or veto martech purchases", Archetype.LEADER),
            governance("vendor-negotiation", "Negotiate commercial terms for martech purchases", Archetype.LEADER),
            platform("technical-review", "Technical review of martech products", Archetype.MAKER),
            platform("stack-architecture", "Architect the overall stack of all martech products", Archetype.LEADER),
            platform("enterprise-integration", "Integrate martech products with non-marketing systems",
                    Archetype.MAKER),
            governance("consolidation", "Identify and consolidate multiple instances of the same/similar products",
                    Archetype.MAESTRO),
            governance("retirement", "Identify and retire obsolete or unused martech products", Archetype.MAESTRO),
            expression("web-apps", "Develop websites, web apps and/or mobile apps", Archetype.MAKER),
            new Capability("privacy-review", "Data privacy and compliance review of martech products",
                    Layer.GOVERNANCE, Scope.PER_REGION, Archetype.MAESTRO),
            platform("analytics", "Build analytic models and perform data science", Archetype.MODELER),
            platform("custom-dev", "Customise martech products through software development", Archetype.MAKER),
            platform("data-warehouse", "Build and maintain a data warehouse / data lake", Archetype.MODELER),
            governance("security-review", "Security review of martech products", Archetype.MAKER));

    private NewDesigns() {
    }

    /** The 22 standard capabilities, in the survey's order (most often done first). */
    public static List<Capability> standardCatalogue() {
        return STANDARD_CATALOGUE;
    }

    /**
     * A new design with the standard catalogue, one phase {@code p1} and one centralized scenario
     * {@code s1} holding executives {@code ceo} and {@code cmo}, with a solid line from the CMO to
     * the CEO. The names are given so that the editor can pass them in the user's language.
     */
    public static Design standard(String title, String phaseName, String scenarioName) {
        Executive ceo = new Executive("ceo", Office.CEO, "CEO", CENTRE_X, 0);
        Executive cmo = new Executive("cmo", Office.CMO, "CMO", CENTRE_X, ROW_HEIGHT);
        Scenario scenario = new Scenario("s1", scenarioName, Strategy.CENTRALIZED, List.of(ceo, cmo),
                List.of(new Line(cmo.id(), ceo.id(), LineStyle.SOLID)));
        return new Design(title, "", Settings.DEFAULTS, List.of(), STANDARD_CATALOGUE,
                List.of(new Phase("p1", phaseName, List.of())), List.of(scenario));
    }

    private static Capability platform(String id, String name, Archetype archetype) {
        return new Capability(id, name, Layer.PLATFORM, Scope.GLOBAL, archetype);
    }

    private static Capability governance(String id, String name, Archetype archetype) {
        return new Capability(id, name, Layer.GOVERNANCE, Scope.GLOBAL, archetype);
    }

    private static Capability expression(String id, String name, Archetype archetype) {
        return new Capability(id, name, Layer.EXPRESSION, Scope.PER_REGION, archetype);
    }
}
