package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;

/**
 * The rules for the letters one holder holds (format-v2.md §2, §7), as the loader applies them: a
 * letter's span is its own {@code from}..{@code to}, each end defaulting to the holder's; it must
 * name phases of the plan and hold in at least one phase; two letters of one capability may not
 * share a phase (two letters without a span of their own are one capability named twice). Each
 * check is O(letters²) of one holder, which is a handful.
 */
final class Letters {

    private Letters() {
    }

    /** The first phase in which {@code letter} of {@code holder} holds (before its holder's activity). */
    static int first(PhaseOrder order, Node holder, Responsibility letter) {
        return order.index(letter.from(), Holders.first(order, holder));
    }

    static int last(PhaseOrder order, Node holder, Responsibility letter) {
        return order.index(letter.to(), Holders.last(order, holder));
    }

    /**
     * Refuses, with a sentence, unless every letter in {@code letters} (those {@code holder} would
     * hold) names phases of {@code order}, holds in at least one phase, and shares no phase with an
     * earlier letter of its capability. Capabilities are checked by the callers.
     */
    static void check(PhaseOrder order, Node holder, List<Responsibility> letters) {
        for (int j = 0; j < letters.size(); j++) {
            Responsibility letter = letters.get(j);
            span(order, holder, letter);
            for (int k = 0; k < j; k++) {
                Responsibility earlier = letters.get(k);
                if (!earlier.capability().equals(letter.capability())) {
                    continue;
                }
                if (!earlier.hasSpan() && !letter.hasSpan()) {
                    throw EditRejected.of(EditKey.CAPABILITY_TWICE, holder.label(), letter.capability());
                }
                int shared = shared(order, holder, earlier, letter);
                if (shared >= 0) {
                    throw EditRejected.of(EditKey.LETTER_OVERLAP, holder.label(), letter.capability(),
                            order.name(shared));
                }
            }
        }
    }

    /** Refuses a letter whose phases are not in the plan or whose span is empty. */
    static void span(PhaseOrder order, Node holder, Responsibility letter) {
        for (String end : new String[] {letter.from(), letter.to()}) {
            if (end != null && order.index(end) < 0) {
                throw EditRejected.of(EditKey.NO_PHASE, end);
            }
        }
        int first = first(order, holder, letter);
        int last = last(order, holder, letter);
        if (first <= last) {
            return;
        }
        if (letter.from() != null && letter.to() != null) {
            throw EditRejected.of(EditKey.SPAN_ORDER, order.name(first), order.name(last));
        }
        if (letter.from() != null) {
            throw EditRejected.of(EditKey.LETTER_STARTS_LATE, holder.label(), order.name(last), order.name(first));
        }
        throw EditRejected.of(EditKey.LETTER_ENDS_EARLY, holder.label(), order.name(first), order.name(last));
    }

    /** The first phase both letters hold in, or -1 when they share none. */
    private static int shared(PhaseOrder order, Node holder, Responsibility a, Responsibility b) {
        int first = Math.max(first(order, holder, a), first(order, holder, b));
        int last = Math.min(last(order, holder, a), last(order, holder, b));
        return first <= last ? first : -1;
    }

    /**
     * The letters of {@code letters} that {@link #check} accepts when taken in order, each kept
     * only when it is sound and shares no phase with a kept letter of its capability: what stays
     * of a holder's letters when a phase goes or a card is pasted where the plan differs.
     */
    static List<Responsibility> sound(PhaseOrder order, Node holder, List<Responsibility> letters) {
        List<Responsibility> kept = new ArrayList<>(letters.size());
        for (Responsibility letter : letters) {
            try {
                List<Responsibility> trial = new ArrayList<>(kept);
                trial.add(letter);
                check(order, holder, trial);
                kept.add(letter);
            } catch (EditRejected dropped) {
                // the letter cannot stay
            }
        }
        return kept.size() == letters.size() ? letters : kept;
    }

    /**
     * The position in {@code letters} of the {@code occurrence}-th letter (0 for the first) that
     * {@code holder} holds on {@code capability}; refused when it holds fewer.
     */
    static int position(Node holder, List<Responsibility> letters, String capability, int occurrence) {
        int seen = 0;
        for (int i = 0; i < letters.size(); i++) {
            if (letters.get(i).capability().equals(capability) && seen++ == occurrence) {
                return i;
            }
        }
        throw EditRejected.of(EditKey.NO_LETTER, holder.label(), capability, seen);
    }

    /**
     * The letters with capability {@code capability} set to {@code raci}: every letter the holder
     * has on it takes the new letter and keeps its span and place; when it has none, a letter over
     * the holder's whole span goes to the end. {@code raci} null removes every letter on it.
     */
    static List<Responsibility> set(List<Responsibility> letters, String capability, Raci raci) {
        List<Responsibility> held = new ArrayList<>(letters.size() + 1);
        boolean found = false;
        for (Responsibility letter : letters) {
            if (!letter.capability().equals(capability)) {
                held.add(letter);
            } else if (raci != null) {
                held.add(letter.withRaci(raci));
                found = true;
            }
        }
        if (raci != null && !found) {
            held.add(new Responsibility(capability, raci));
        }
        return held;
    }
}
