package org.modesign.ui.palette;

/**
 * A deployment being dragged from the palette's tools onto a card of the chart, which makes that
 * card its owner: the tool's id and the region it is deployed in, with their names for the status
 * line.
 */
public record ToolDrag(String tool, String region, String toolName, String regionName) {
}
