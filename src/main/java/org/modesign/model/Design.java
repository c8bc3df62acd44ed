package org.modesign.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code .modesign} design: capability catalogue, regions, phases and scenarios. Immutable;
 * every change makes a new design. {@code description} is empty when the file leaves it out.
 */
public record Design(
        String title,
        String description,
        Settings settings,
        List<Region> regions,
        List<Capability> capabilities,
        List<Phase> phases,
        List<Scenario> scenarios) {

    /** The {@code format} value of every design file. */
    public static final String FORMAT = "modesign";
    /** The file format version this build reads and writes. */
    public static final int VERSION = 1;

    public Design {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
        regions = List.copyOf(regions);
        capabilities = List.copyOf(capabilities);
        phases = List.copyOf(phases);
        scenarios = List.copyOf(scenarios);
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
        return new Design(title, description, settings, regions, capabilities, phases, newScenarios);
    }

    public Design withTitle(String newTitle) {
        return new Design(newTitle, description, settings, regions, capabilities, phases, scenarios);
    }

    public Design withDescription(String newDescription) {
        return new Design(title, newDescription, settings, regions, capabilities, phases, scenarios);
    }

    public Design withSettings(Settings newSettings) {
        return new Design(title, description, newSettings, regions, capabilities, phases, scenarios);
    }

    public Design withRegions(List<Region> newRegions) {
        return new Design(title, description, settings, newRegions, capabilities, phases, scenarios);
    }

    public Design withCapabilities(List<Capability> newCapabilities) {
        return new Design(title, description, settings, regions, newCapabilities, phases, scenarios);
    }

    public Design withPhases(List<Phase> newPhases) {
        return new Design(title, description, settings, regions, capabilities, newPhases, scenarios);
    }
}
