package org.modesign.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EchoesTest {

    @Test
    void listenersAreMutedOnlyWhileTheViewUpdatesItself() {
        Echoes echoes = new Echoes();
        assertFalse(echoes.muted());
        boolean[] seen = new boolean[2];
        echoes.quietly(() -> {
            seen[0] = echoes.muted();
            echoes.quietly(() -> { });
            seen[1] = echoes.muted();
        });
        assertTrue(seen[0]);
        assertTrue(seen[1], "a nested update leaves the outer one muted");
        assertFalse(echoes.muted());
        assertThrows(IllegalStateException.class, () -> echoes.quietly(() -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(echoes.muted(), "unmuted after a failed update too");
    }

    @Test
    void controlsAreRebuiltOnlyWhenWhatTheyShowChanged() {
        Echoes echoes = new Echoes();
        assertTrue(new Echoes().changed(List.of()), "the first build happens even with nothing to show");
        assertTrue(echoes.changed(List.of("p1\nFoundation")));
        assertFalse(echoes.changed(List.of("p1\nFoundation")));
        assertTrue(echoes.changed(List.of("p1\nFoundations")));
        assertTrue(echoes.changed(List.of()));
        assertFalse(echoes.changed(List.of()));
    }
}
