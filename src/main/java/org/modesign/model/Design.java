package org.modesign.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code .modesign} design: capability catalogue, regions, phases and scenarios. Immutable;
 * every change makes a new design. {@code description} is empty when the file leaves it out.
 *
 * <p>Version 2 (format-v2.md §2) adds the {@code charter} ({@link Charter#EMPTY} when the file has
 * none; a {@code null} given to the constructor stands for it too, so the accessor never returns
 * {@code null}) and the {@code tools} catalogue (empty by default). {@link #minimumVersion()} says
 * which version a file needs to hold the design.
 */
public record Design(
        String title,
        String description,
        Settings settings,
        List<Region> regions,
        List<Capability> capabilities,
        List<Phase> phases,
        List<Scenario> scenarios,
        Charter charter,
        List<Tool> tools) {

    /** The {@code format} value of every design file. */
    public static final String FORMAT = "modesign";
    /**
     * The first file format version: the one written for a design that uses no field of a later
     * version (see {@link #minimumVersion()}).
     */
    public static final int VERSION = 1;
    /** The latest file format version this build reads and writes. */
    public static final int MAX_VERSION = 2;

    public Design {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
        regions = List.copyOf(regions);
        capabilities = List.copyOf(capabilities);
        phases = List.copyOf(phases);
        scenarios = List.copyOf(scenarios);
        charter = charter == null ? Charter.EMPTY : charter;
        tools = List.copyOf(tools);
    }

    /** A design with no charter and no tools (the v1 design). */
    public Design(String title, String description, Settings settings, List<Region> regions,
            List<Capability> capabilities, List<Phase> phases, List<Scenario> scenarios) {
        this(title, description, settings, regions, capabilities, phases, scenarios, Charter.EMPTY, List.of());
    }

    /** Whether any field of format version 2 differs from its default (see {@link V2Fields}). */
    public boolean usesVersion2() {
        return V2Fields.usedBy(this);
    }

    /** The lowest file format version that holds this design: 2 when it uses version 2, else 1. */
    public int minimumVersion() {
        return usesVersion2() ? MAX_VERSION : VERSION;
    }

    public Optional<Tool> tool(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Capability> capability(String id) {
        return capabilities.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Position of the phase in the plan, or -1 when there is no such phase. */
    public int phaseIndex(String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Position of the scenario, or -1 when there is no such scenario. */
    public int scenarioIndex(String id) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code id} names a declared region or the implicit {@code global} one. */
    public boolean knowsRegion(String id) {
        return Region.GLOBAL.equals(id) || region(id).isPresent();
    }

    public Design withScenario(int index, Scenario scenario) {
        List<Scenario> list = new ArrayList<>(scenarios);
        list.set(index, scenario);
        return withScenarios(list);
    }

    public Design withScenarios(List<Scenario> newScenarios) {
        return new Design(title, description, settings, regions, capabilities, phases, newScenarios, charter, tools);
    }

    public Design withTitle(String newTitle) {
        return new Design(newTitle, description, settings, regions, capabilities, phases, scenarios, charter, tools);
    }

    public Design withDescription(String newDescription) {
        return new Design(title, newDescription, settings, regions, capabilities, phases, scenarios, charter, tools);
    }

    public Design withSettings(Settings newSettings) {
        return new Design(title, description, newSettings, regions, capabilities, phases, scenarios, charter, tools);
    }

    public Design withRegions(List<Region> newRegions) {
        return new Design(title, description, settings, newRegions, capabilities, phases, scenarios, charter, tools);
    }

    public Design withCapabilities(List<Capability> newCapabilities) {
        return new Design(title, description, settings, regions, newCapabilities, phases, scenarios, charter, tools);
    }

    public Design withPhases(List<Phase> newPhases) {
        return new Design(title, description, settings, regions, capabilities, newPhases, scenarios, charter, tools);
    }

    public Design withCharter(Charter newCharter) {
        return new Design(title, description, settings, regions, capabilities, phases, scenarios, newCharter, tools);
    }

    public Design withTools(List<Tool> newTools) {
        return new Design(title, description, settings, regions, capabilities, phases, scenarios, charter, newTools);
    }
}
