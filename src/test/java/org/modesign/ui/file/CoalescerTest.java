package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many edits, one write: a few seconds after the last edit, and never later than the latest after the first. */
class CoalescerTest {

    private final ManualDelays delays = new ManualDelays();
    private final List<Duration> runs = new ArrayList<>();
    private final java.time.Instant start = delays.now();
    private final Coalescer coalescer = new Coalescer(delays, Duration.ofSeconds(3), Duration.ofSeconds(5),
            () -> runs.add(Duration.between(start, delays.now())));

    @Test
    void runsOnceQuietAfterTheLastPoke() {
        coalescer.poke();
        delays.advance(Duration.ofSeconds(1));
        coalescer.poke();
        delays.advance(Duration.ofMillis(2999));
        assertEquals(List.of(), runs);
        delays.advance(Duration.ofMillis(1));
        assertEquals(List.of(Duration.ofSeconds(4)), runs);
        delays.advance(Duration.ofSeconds(30));
        assertEquals(1, runs.size(), "one run for two pokes");
    }

    @Test
    void pokesThatNeverStopAreAnsweredAtTheLatest() {
        for (int i = 0; i < 12; i++) {
            coalescer.poke();
            delays.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), runs);
    }

    @Test
    void cancellingForgetsThePendingRun() {
        coalescer.poke();
        coalescer.cancel();
        assertFalse(coalescer.pending());
        delays.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), runs);
    }

    @Test
    void theLatestMayNotComeBeforeTheQuiet() {
        assertThrows(IllegalArgumentException.class,
                () -> new Coalescer(delays, Duration.ofSeconds(5), Duration.ofSeconds(3), () -> { }));
    }
}
