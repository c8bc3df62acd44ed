package org.modesign.render;

import java.util.Objects;
import org.modesign.model.Layer;
import org.modesign.model.ToolCategory;

/**
 * One chip of the stack landscape (see {@link StackScene}): a tool deployed in a region, or a gap
 * (work that needs a tool and has none), with the words it shows and the findings' marks on it.
 *
 * @param tool       the deployed tool's id, or {@code null} for a gap
 * @param capability the id of the capability a gap lacks a tool for, or {@code null} for a deployment
 * @param region     the region id of the deployment or the gap ({@code global} or a declared one)
 * @param title      the first line: the tool's name, or the capability's
 * @param detail     the second line: the owner's title, "No owner", "No tool", ...
 * @param category   the tool's category (its colour), or {@code null} for a gap
 * @param layer      the row: the tool's layer, or the capability's for a gap
 * @param column     the column: 0 for {@code global}, then each region in the design's order
 * @param marks      the findings on the chip, a combination of {@link #NO_OWNER}, {@link #OWNER_INACTIVE},
 *                   {@link #DUPLICATE} and {@link #NO_TOOL}
 * @param severity   the severity of the worst finding behind the marks, or {@code null} when unmarked
 */
public record StackChip(String tool, String capability, String region, String title, String detail,
        ToolCategory category, Layer layer, int column, int marks, BadgeSeverity severity) {

    /** The deployment has no owner ({@code tool-without-owner}). */
    public static final int NO_OWNER = 1;
    /** The deployment's owner is not active in the phase ({@code tool-without-owner}). */
    public static final int OWNER_INACTIVE = 2;
    /** Another tool serves the same work in the same place ({@code duplicate-tools}). */
    public static final int DUPLICATE = 4;
    /** A gap: work that needs a tool has none ({@code unsupported-capability}). */
    public static final int NO_TOOL = 8;

    public StackChip {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(layer, "layer");
        if ((tool == null) == (capability == null)) {
            throw new IllegalArgumentException("a chip is a deployment (a tool) or a gap (a capability)");
        }
        if (marks != 0 && severity == null) {
            throw new IllegalArgumentException("a marked chip needs the severity of its findings");
        }
    }

    /** Whether this chip stands for work without its tool rather than a deployment. */
    public boolean isGap() {
        return tool == null;
    }

    /** Whether the chip carries {@code mark}. */
    public boolean has(int mark) {
        return (marks & mark) != 0;
    }
}
