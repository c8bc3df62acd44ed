package org.modesign.ui.outline;

import java.util.Collection;

/** What the outline asks of the chart when its selection changes. */
public interface ChartLink {

    /** Opens the folded branches that hide the cards of {@code ids}. */
    void reveal(Collection<String> ids);

    /** Brings card {@code id} into view. */
    void scrollTo(String id);
}
