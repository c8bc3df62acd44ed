package org.modesign.analysis;

import java.util.Objects;

/**
 * One metric of two scenarios in one phase. {@code metric} is a metric name of format.md §4, or
 * {@code name.key} for an entry of a map ({@code "fteByRegion.emea"}); a value is {@code null} on
 * the side where the phase or the key does not exist. {@link Comparison#delta()} holds only the
 * ones that {@linkplain #differs() differ}; {@link Comparison#values(String)} holds them all.
 */
public record Delta(String phase, String metric, Object a, Object b) {

    /** Whether the two values differ (a value missing on one side differs from any value). */
    public boolean differs() {
        return !Objects.equals(a, b);
    }

    /** {@code b - a} when both values are numbers, else {@code null}. */
    public Double difference() {
        if (a instanceof Number x && b instanceof Number y) {
            return y.doubleValue() - x.doubleValue();
        }
        return null;
    }
}
