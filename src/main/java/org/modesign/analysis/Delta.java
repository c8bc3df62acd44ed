package org.modesign.analysis;

/**
 * One metric that differs between two scenarios in one phase. {@code metric} is a metric name of
 * format.md §4, or {@code name.key} for an entry of a map ({@code "fteByRegion.emea"}); a value
 * is {@code null} on the side where the phase or the key does not exist.
 */
public record Delta(String phase, String metric, Object a, Object b) {
}
