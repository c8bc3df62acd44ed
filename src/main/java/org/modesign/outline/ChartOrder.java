package org.modesign.outline;

/**
 * The chart's reading order of sibling cards: left to right, then top to bottom, then scenario
 * order. A stable merge sort of card numbers on their positions, without boxing (50,000 cards).
 */
final class ChartOrder {

    private final double[] xs;
    private final double[] ys;
    private int[] scratch = new int[0];

    ChartOrder(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** Puts the card numbers of {@code cards} in the chart's order. */
    void sort(int[] cards) {
        if (cards.length < 2) {
            return;
        }
        if (scratch.length < cards.length) {
            scratch = new int[cards.length];
        }
        mergeSort(cards, 0, cards.length);
    }

    private boolean before(int a, int b) {
        int byX = Double.compare(xs[a], xs[b]);
        if (byX != 0) {
            return byX < 0;
        }
        int byY = Double.compare(ys[a], ys[b]);
        return byY != 0 ? byY < 0 : a < b;
    }

    private void mergeSort(int[] a, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int card = a[i];
                int j = i - 1;
                while (j >= from && before(card, a[j])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = card;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, from, mid);
        mergeSort(a, mid, to);
        if (!before(a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || i < mid && !before(scratch[j], scratch[i])) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }
}
