package org.modesign.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Scenario;
import org.modesign.outline.ChartNavigation.Step;

/** The chart from the keyboard: Home, Up, Down, Left and Right over the chart's reporting tree. */
class ChartNavigationTest {

    private static ChartNavigation navigation(Scenario scenario) {
        return ChartNavigation.of(OutlineTree.of(scenario));
    }

    private static String walk(ChartNavigation nav, Step... steps) {
        int v = ChartNavigation.NONE;
        for (Step step : steps) {
            int next = nav.go(v, step);
            if (next != ChartNavigation.NONE) {
                v = next;
            }
        }
        return v < 0 ? null : nav.tree().id(v);
    }

    @Test
    void keysFollowManagersTeamsAndTheChartsOrder() {
        // CEO ← CIO (left), CMO (right); CMO ← CoE (left, x 300), Ops lead (x 500); CoE ∋ Analyst;
        // Engineer, a CoE member with a solid line to the CIO, is under the CIO.
        ChartNavigation nav = navigation(OutlineTreeTest.scenario());
        assertEquals("ceo", walk(nav, Step.HOME));
        assertEquals("cio", walk(nav, Step.HOME, Step.DOWN));
        assertEquals("cmo", walk(nav, Step.HOME, Step.DOWN, Step.NEXT));
        assertEquals("cmo", walk(nav, Step.HOME, Step.DOWN, Step.NEXT, Step.NEXT), "the last sibling stays");
        assertEquals("coe", walk(nav, Step.HOME, Step.DOWN, Step.NEXT, Step.DOWN));
        assertEquals("ops", walk(nav, Step.HOME, Step.DOWN, Step.NEXT, Step.DOWN, Step.NEXT));
        assertEquals("analyst", walk(nav, Step.HOME, Step.DOWN, Step.NEXT, Step.DOWN, Step.DOWN),
                "a team's first member is below it");
        assertEquals("coe", walk(nav, Step.HOME, Step.DOWN, Step.NEXT, Step.DOWN, Step.DOWN, Step.UP),
                "a member's Up is its team");
        assertEquals("cio", walk(nav, Step.HOME, Step.DOWN, Step.NEXT, Step.PREVIOUS));
        assertEquals("cio", walk(nav, Step.HOME, Step.DOWN, Step.PREVIOUS), "the first sibling stays");
        assertEquals("ceo", walk(nav, Step.HOME, Step.UP), "the top card stays");
        int engineer = nav.tree().indexOf("engineer");
        assertEquals("cio", nav.tree().id(nav.up(engineer)), "a member with a solid line goes up that line");
        assertEquals(ChartNavigation.NONE, nav.down(nav.tree().indexOf("analyst")));
    }

    @Test
    void fromNoCardEveryKeyGoesHomeAndAnEmptyChartHasNone() {
        ChartNavigation nav = navigation(OutlineTreeTest.scenario());
        for (Step step : Step.values()) {
            assertEquals(nav.home(), nav.go(ChartNavigation.NONE, step));
        }
        Scenario empty = new Scenario("e", "E", org.modesign.model.Strategy.CENTRALIZED, List.of(), List.of());
        assertEquals(ChartNavigation.NONE, navigation(empty).home());
    }

    @Property(tries = 40)
    void everyCardIsReachedFromHomeByDownAndRight(@ForAll @IntRange(min = 1, max = 400) int roles,
            @ForAll @LongRange(min = 1, max = 1000) long seed) {
        ChartNavigation nav = navigation(generated(roles, seed));
        int n = nav.tree().size();
        boolean[] reached = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(nav.home());
        int count = 0;
        while (!todo.isEmpty()) {
            int v = todo.pop();
            if (v == ChartNavigation.NONE || reached[v]) {
                continue;
            }
            reached[v] = true;
            count++;
            todo.push(nav.down(v));
            todo.push(nav.next(v));
        }
        assertEquals(n, count, "cards reached from Home by Down and Right");
    }

    @Property(tries = 40)
    void stepsUndoEachOther(@ForAll @IntRange(min = 1, max = 400) int roles,
            @ForAll @LongRange(min = 1, max = 1000) long seed) {
        ChartNavigation nav = navigation(generated(roles, seed));
        List<String> wrong = new ArrayList<>();
        for (int v = 0; v < nav.tree().size(); v++) {
            int down = nav.down(v);
            if (down >= 0 && nav.up(down) != v) {
                wrong.add("Up of Down of " + nav.tree().id(v));
            }
            int next = nav.next(v);
            if (next >= 0 && (nav.previous(next) != v || nav.up(next) != nav.up(v))) {
                wrong.add("Left of Right of " + nav.tree().id(v));
            }
            int previous = nav.previous(v);
            if (previous >= 0 && nav.next(previous) != v) {
                wrong.add("Right of Left of " + nav.tree().id(v));
            }
            if (nav.up(v) >= 0) {
                assertTrue(nav.tree().isAtOrAbove(nav.up(v), v));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(ChartNavigation.NONE, nav.up(nav.home()));
        assertEquals(ChartNavigation.NONE, nav.previous(nav.home()));
    }

    private static Scenario generated(int roles, long seed) {
        return DesignGenerator.generate(new GeneratorSpec(roles, 2, 2, 6, 1, seed, 0, false)).scenarios().get(0);
    }
}
