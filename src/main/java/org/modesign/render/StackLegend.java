package org.modesign.render;

import java.util.List;
import java.util.Objects;

/**
 * The words of the stack landscape's legend: the heading over the category colours and the name of
 * each category (in {@link org.modesign.model.ToolCategory} order), the heading over the findings'
 * marks and the words for each mark.
 */
public record StackLegend(String categoriesHeading, List<String> categories, String findingsHeading,
        String noOwner, String duplicate, String noTool) {

    public StackLegend {
        Objects.requireNonNull(categoriesHeading, "categoriesHeading");
        Objects.requireNonNull(findingsHeading, "findingsHeading");
        Objects.requireNonNull(noOwner, "noOwner");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(noTool, "noTool");
        categories = List.copyOf(categories);
    }
}
