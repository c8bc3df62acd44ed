package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;

/** Room for one more card, as near the wanted place as the other cards allow. */
class FreeSpotTest {

    private static final Spacing S = Spacing.CARDS;
    private static final double STEP_X = S.cardWidth() + S.horizontalGap();
    private static final double STEP_Y = S.cardHeight() + S.stackGap();

    private static Scenario chart(double... xy) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            nodes.add(Role.of("n" + i, "N", Archetype.MAKER, xy[i], xy[i + 1]));
        }
        return new Scenario("s", "S", Strategy.OTHER, nodes, List.of());
    }

    @Test
    void theWantedPlaceWhenItIsFree() {
        assertEquals(new Point(100, 200), FreeSpot.near(chart(), 100, 200, S));
        assertEquals(new Point(100, 200), FreeSpot.near(chart(100 + STEP_X, 200, 100, 200 + STEP_Y), 100, 200, S));
    }

    @Test
    void besideThenBelowWhenTheWantedPlaceIsTaken() {
        assertEquals(new Point(100 + STEP_X, 200), FreeSpot.near(chart(100, 200), 100, 200, S));
        assertEquals(new Point(100 - STEP_X, 200), FreeSpot.near(chart(110, 210), 100, 200, S),
                "a card a little to the right takes the place right of the wanted one too");
        Scenario row = chart(100, 200, 100 + STEP_X, 200, 100 - STEP_X, 200);
        assertEquals(new Point(100, 200 + STEP_Y), FreeSpot.near(row, 100, 200, S));
    }

    @Test
    void neverCloserThanACardAndItsGapToAnotherCard() {
        List<Double> xy = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            xy.add((i * 37.0) % 700);
            xy.add((i * 53.0) % 500);
        }
        Scenario crowded = chart(xy.stream().mapToDouble(Double::doubleValue).toArray());
        Point p = FreeSpot.near(crowded, 0, 0, S);
        for (Node n : crowded.nodes()) {
            assertTrue(Math.abs(n.x() - p.x()) >= STEP_X || Math.abs(n.y() - p.y()) >= STEP_Y, p + " near " + n);
        }
    }

    @Test
    void belowEverythingWhenNoRoomIsNear() {
        List<Double> xy = new ArrayList<>();
        for (int row = 0; row < 70; row++) {
            for (int col = -70; col < 70; col++) {
                xy.add(col * STEP_X);
                xy.add(row * STEP_Y);
            }
        }
        Scenario full = chart(xy.stream().mapToDouble(Double::doubleValue).toArray());
        Point p = FreeSpot.near(full, 0, 0, S);
        assertEquals(0, p.x());
        assertEquals(69 * STEP_Y + S.cardHeight() + S.verticalGap(), p.y());
    }
}
