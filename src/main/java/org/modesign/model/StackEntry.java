package org.modesign.model;

import java.util.Objects;

/**
 * One deployment of a tool in a scenario: the tool's id, the region it serves ({@code global} by
 * default), the node that owns it and the phases it runs in. {@code owner}, {@code from} and
 * {@code to} are {@code null} when the file leaves them out (no owner; first phase; last phase).
 */
public record StackEntry(String tool, String region, String owner, String from, String to) {

    public StackEntry {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(region, "region");
    }

    /** A global deployment of {@code tool} with no owner, in every phase. */
    public static StackEntry of(String tool) {
        return new StackEntry(tool, Region.GLOBAL, null, null, null);
    }

    public StackEntry withTool(String newTool) {
        return new StackEntry(newTool, region, owner, from, to);
    }

    public StackEntry withRegion(String newRegion) {
        return new StackEntry(tool, newRegion, owner, from, to);
    }

    public StackEntry withOwner(String newOwner) {
        return new StackEntry(tool, region, newOwner, from, to);
    }

    public StackEntry withPhases(String newFrom, String newTo) {
        return new StackEntry(tool, region, owner, newFrom, newTo);
    }
}
