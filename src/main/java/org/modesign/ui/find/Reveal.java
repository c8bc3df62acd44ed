package org.modesign.ui.find;

/**
 * Makes a card shown on the chart before find goes to it: the hook for folded branches. While no
 * branch can be folded it does nothing ({@link #NONE}); the chart's collapse and expand (branch
 * compact-collapse) gives an implementation that expands every folded branch above the card, so
 * that find can select and centre it. It must have the chart's scene rebuilt when it returns.
 */
@FunctionalInterface
public interface Reveal {

    /** Nothing to unfold. */
    Reveal NONE = nodeId -> { };

    /** Expands whatever hides card {@code nodeId}. */
    void reveal(String nodeId);
}
