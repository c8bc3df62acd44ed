package org.modesign.ui.stack;

import java.util.Locale;
import org.modesign.analysis.Severity;

/**
 * One deployment as the stack table lists it: the tool and region that name it, and the words
 * of each column; {@code severity}, that of the worst finding marking its chip (null: none).
 */
record StackRow(String tool, String region, String toolName, String category, String regionName, String owner,
        String from, String until, double cost, String costText, Severity severity) {

    /** Whether any column holds {@code needle} (lower case), ignoring case. */
    boolean matches(String needle) {
        for (String text : new String[] {toolName, category, regionName, owner, from, until, costText}) {
            if (text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this row stands for the deployment of {@code otherTool} in {@code otherRegion}. */
    boolean is(String otherTool, String otherRegion) {
        return tool.equals(otherTool) && region.equals(otherRegion);
    }
}
