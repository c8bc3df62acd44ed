package org.modesign.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Layer;
import org.modesign.model.Scope;
import org.modesign.text.Language;

/**
 * The standard capability catalogue: the 22 marketing-operations tasks of the 2020 MarTech career
 * survey (domain.md), each with the share of MOps professionals who do it, as a hint for choosing
 * what to plan for. The ids are the ones the bundled samples use; layer and scope follow
 * "centralized platform, localized expression" (customer-facing work per region, the rest global).
 * The names are English; {@link #capabilities(Locale)} gives them in Chinese too, from
 * {@code catalogue_zh_CN.properties} and {@code catalogue_zh_TW.properties} beside this class
 * (UTF-8, one {@code id=name} line per task).
 */
public final class StandardCatalogue {

    /** One task of the survey: the capability and the percentage of MOps professionals doing it. */
    public record Task(Capability capability, double sharePercent) {
    }

    private static final List<Task> TASKS = List.of(
            expression("campaigns", "Design, run and optimise/test marketing campaigns", Archetype.MARKETER, 84.5),
            expression("martech-training", "Train and support marketers on martech products", Archetype.MAESTRO, 77.5),
            platform("martech-admin", "Operate martech products as an administrator", Archetype.MAESTRO, 76.1),
            governance("martech-research", "Research and recommend new martech products", Archetype.LEADER, 74.6),
            governance("workflows", "Design and manage internal workflows and processes", Archetype.MAESTRO, 67.6),
            platform("integration", "Integrate martech products with each other", Archetype.MAKER, 63.4),
            platform("data-quality", "Monitor data quality in martech products", Archetype.MODELER, 57.7),
            governance("martech-budget", "Pay for martech products from a budget (partly or fully)",
                    Archetype.LEADER, 50.7),
            platform("sla-monitoring", "Monitor performance and other SLAs of martech products",
                    Archetype.MAESTRO, 47.9),
            governance("purchase-approval", "Approve or veto martech purchases", Archetype.LEADER, 42.3),
            governance("vendor-negotiation", "Negotiate commercial terms for martech purchases",
                    Archetype.LEADER, 42.3),
            platform("technical-review", "Technical review of martech products", Archetype.MAKER, 40.8),
            platform("stack-architecture", "Architect the overall stack of all martech products",
                    Archetype.LEADER, 39.4),
            platform("enterprise-integration", "Integrate martech products with non-marketing systems",
                    Archetype.MAKER, 39.4),
            governance("consolidation", "Identify and consolidate multiple instances of the same/similar products",
                    Archetype.MAESTRO, 39.4),
            governance("retirement", "Identify and retire obsolete or unused martech products",
                    Archetype.MAESTRO, 33.8),
            expression("web-apps", "Develop websites, web apps and/or mobile apps", Archetype.MAKER, 28.2),
            new Task(new Capability("privacy-review", "Data privacy and compliance review of martech products",
                    Layer.GOVERNANCE, Scope.PER_REGION, Archetype.MAESTRO), 26.8),
            platform("analytics", "Build analytic models and perform data science", Archetype.MODELER, 21.1),
            platform("custom-dev", "Customise martech products through software development", Archetype.MAKER, 18.3),
            platform("data-warehouse", "Build and maintain a data warehouse / data lake", Archetype.MODELER, 15.5),
            governance("security-review", "Security review of martech products", Archetype.MAKER, 8.5));

    private static final List<Capability> CAPABILITIES = TASKS.stream().map(Task::capability).toList();

    /** The catalogue in each language but English, read when first asked for. */
    private static final Map<Language, List<Capability>> TRANSLATED = new ConcurrentHashMap<>();

    private StandardCatalogue() {
    }

    /** The 22 tasks in the survey's order (most often done first). */
    public static List<Task> tasks() {
        return TASKS;
    }

    /** The 22 capabilities in the survey's order. */
    public static List<Capability> capabilities() {
        return CAPABILITIES;
    }

    /**
     * The 22 capabilities in the survey's order, named in the language MOdesign speaks to a user
     * of {@code locale} ({@link Language#of}); ids, layers, scopes and archetypes are the same in
     * every language.
     */
    public static List<Capability> capabilities(Locale locale) {
        Language language = Language.of(locale);
        return language == Language.ENGLISH ? CAPABILITIES
                : TRANSLATED.computeIfAbsent(language, StandardCatalogue::translated);
    }

    /** The survey share (percent) of the standard task with this capability id, or empty for another id. */
    public static OptionalDouble sharePercent(String capabilityId) {
        for (Task task : TASKS) {
            if (task.capability().id().equals(capabilityId)) {
                return OptionalDouble.of(task.sharePercent());
            }
        }
        return OptionalDouble.empty();
    }

    /** The catalogue with the names of {@code language}'s file; a task the file lacks keeps its English name. */
    private static List<Capability> translated(Language language) {
        Properties names = new Properties();
        String file = "catalogue_" + language.locale() + ".properties";
        try (InputStream in = StandardCatalogue.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the catalogue file " + file + " is missing from the application");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                names.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CAPABILITIES.stream()
                .map(c -> new Capability(c.id(), names.getProperty(c.id(), c.name()), c.layer(), c.scope(),
                        c.archetype()))
                .toList();
    }

    private static Task platform(String id, String name, Archetype archetype, double share) {
        return new Task(new Capability(id, name, Layer.PLATFORM, Scope.GLOBAL, archetype), share);
    }

    private static Task governance(String id, String name, Archetype archetype, double share) {
        return new Task(new Capability(id, name, Layer.GOVERNANCE, Scope.GLOBAL, archetype), share);
    }

    private static Task expression(String id, String name, Archetype archetype, double share) {
        return new Task(new Capability(id, name, Layer.EXPRESSION, Scope.PER_REGION, archetype), share);
    }
}
