package org.modesign.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Design-wide settings. {@code currency} labels every cost ({@code ""} when none is given);
 * {@code costPerFte} is the yearly cost of one FTE by archetype. An archetype missing from the map
 * costs 0, so entries of 0 are dropped: a design has one form for one meaning, and a map of zeros
 * is the default that the file leaves out. The map iterates in {@link Archetype} order.
 */
public record Settings(int spanOfControlMax, String currency, Map<Archetype, Double> costPerFte) {

    public static final int DEFAULT_SPAN_OF_CONTROL_MAX = 10;
    /** Longest currency label, in characters (code points). */
    public static final int MAX_CURRENCY_CHARS = 8;
    public static final Settings DEFAULTS = new Settings(DEFAULT_SPAN_OF_CONTROL_MAX);

    public Settings {
        Objects.requireNonNull(currency, "currency");
        EnumMap<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        costPerFte.forEach((archetype, cost) -> {
            Objects.requireNonNull(cost, "cost");
            if (cost != 0) {
                costs.put(Objects.requireNonNull(archetype, "archetype"), cost);
            }
        });
        costPerFte = Collections.unmodifiableMap(costs);
    }

    /** Settings with no currency and no costs (the v1 settings). */
    public Settings(int spanOfControlMax) {
        this(spanOfControlMax, "", Map.of());
    }

    /** The yearly cost of one FTE of {@code archetype}: 0 when the map does not name it. */
    public double costPerFte(Archetype archetype) {
        return costPerFte.getOrDefault(archetype, 0.0);
    }

    public Settings withSpanOfControlMax(int newSpanOfControlMax) {
        return new Settings(newSpanOfControlMax, currency, costPerFte);
    }

    public Settings withCurrency(String newCurrency) {
        return new Settings(spanOfControlMax, newCurrency, costPerFte);
    }

    public Settings withCostPerFte(Map<Archetype, Double> newCostPerFte) {
        return new Settings(spanOfControlMax, currency, newCostPerFte);
    }

    /** These settings with the cost of one FTE of {@code archetype} set to {@code cost}. */
    public Settings withCostPerFte(Archetype archetype, double cost) {
        EnumMap<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        costs.putAll(costPerFte);
        costs.put(archetype, cost);
        return withCostPerFte(costs);
    }
}
