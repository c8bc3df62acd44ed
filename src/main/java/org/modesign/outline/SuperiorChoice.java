package org.modesign.outline;

import java.util.Optional;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * "Report to…": which cards card {@code v} may be put under, and why another may not — the same
 * rule as dragging a row in the outline ({@link OutlineTree#canMoveUnder}), worded for a refusal.
 */
public final class SuperiorChoice {

    /** Why a card may not be put under another. */
    public enum Refusal {
        /** A card cannot report to itself. */
        ITSELF,
        /** The new superior is below the card: the reporting line would close a loop. */
        BELOW,
        /** The card is under that superior already. */
        ALREADY,
        /** Only a role joins a team. */
        NOT_A_ROLE
    }

    private SuperiorChoice() {
    }

    /** Why card {@code v} may not be put under card {@code target}; empty when it may. */
    public static Optional<Refusal> refusal(OutlineTree tree, int v, int target) {
        if (v == target) {
            return Optional.of(Refusal.ITSELF);
        }
        if (tree.isAtOrAbove(v, target)) {
            return Optional.of(Refusal.BELOW);
        }
        if (tree.parent(v) == target) {
            return Optional.of(Refusal.ALREADY);
        }
        if (tree.node(target) instanceof Team && !(tree.node(v) instanceof Role)) {
            return Optional.of(Refusal.NOT_A_ROLE);
        }
        return Optional.empty();
    }

    /**
     * The cards a picker offers for card {@code v}: every other card, top down in the chart's order
     * (each card, then the cards under it), the current superior first. A card the move would be
     * refused for is offered too, and refused with its reason when chosen.
     */
    public static int[] candidates(OutlineTree tree, int v) {
        int n = tree.size();
        int[] out = new int[Math.max(0, n - 1)];
        int size = 0;
        int current = tree.parent(v);
        if (current >= 0) {
            out[size++] = current;
        }
        int[] stack = new int[n];
        int top = 0;
        int[] roots = tree.roots();
        for (int k = roots.length - 1; k >= 0; k--) {
            stack[top++] = roots[k];
        }
        while (top > 0) {
            int u = stack[--top];
            if (u != v && u != current) {
                out[size++] = u;
            }
            for (int k = tree.childCount(u) - 1; k >= 0; k--) {
                stack[top++] = tree.child(u, k);
            }
        }
        return size == out.length ? out : java.util.Arrays.copyOf(out, size);
    }
}
