package org.modesign.ui.base;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlRefreshTest {

    @Test
    void listenersAreMutedOnlyWhileTheViewUpdatesItself() {
        ControlRefresh refresh = new ControlRefresh();
        assertFalse(refresh.muted());
        boolean[] seen = new boolean[2];
        refresh.quietly(() -> {
            seen[0] = refresh.muted();
            refresh.quietly(() -> { });
            seen[1] = refresh.muted();
        });
        assertTrue(seen[0]);
        assertTrue(seen[1], "a nested update leaves the outer one muted");
        assertFalse(refresh.muted());
        assertThrows(IllegalStateException.class, () -> refresh.quietly(() -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(refresh.muted(), "unmuted after a failed update too");
    }

    @Test
    void controlsAreRebuiltOnlyWhenWhatTheyShowChanged() {
        ControlRefresh refresh = new ControlRefresh();
        assertTrue(new ControlRefresh().changed(List.of()), "the first build happens even with nothing to show");
        assertTrue(refresh.changed(List.of("p1\nFoundation")));
        assertFalse(refresh.changed(List.of("p1\nFoundation")));
        assertTrue(refresh.changed(List.of("p1\nFoundations")));
        assertTrue(refresh.changed(List.of()));
        assertFalse(refresh.changed(List.of()));
    }
}
