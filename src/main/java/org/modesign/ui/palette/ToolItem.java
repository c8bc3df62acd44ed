package org.modesign.ui.palette;

import org.modesign.model.ToolCategory;

/**
 * One deployment the palette's tools list: the tool and region (ids and names), its category (the
 * chip's colour) and its owner's title, or null when it has no owner.
 */
record ToolItem(String tool, String region, String toolName, String regionName, ToolCategory category,
        String ownerTitle) {

    ToolDrag drag() {
        return new ToolDrag(tool, region, toolName, regionName);
    }
}
