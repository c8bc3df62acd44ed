package org.modesign.outline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartOrderTest {

    /** Left to right, then top to bottom, then scenario order: as a boxed sort with that comparator. */
    @Test
    void sortsAsTheChartReadsWithTiesInScenarioOrder() {
        SplittableRandom random = new SplittableRandom(3);
        for (int size : new int[] {0, 1, 2, 15, 17, 100, 1_000}) {
            double[] xs = new double[size];
            double[] ys = new double[size];
            for (int v = 0; v < size; v++) {
                xs[v] = random.nextInt(12) * 40.0;
                ys[v] = random.nextInt(5) * 120.0;
            }
            int[] cards = IntStream.range(0, size).map(v -> size - 1 - v).toArray();
            int[] expected = IntStream.of(cards).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(v -> xs[v]).thenComparingDouble(v -> ys[v])
                            .thenComparingInt(v -> v))
                    .mapToInt(Integer::intValue).toArray();
            new ChartOrder(xs, ys).sort(cards);
            assertArrayEquals(expected, cards, "size " + size);
        }
    }
}
