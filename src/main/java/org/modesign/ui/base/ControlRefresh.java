package org.modesign.ui.base;

import java.util.List;
import java.util.Objects;

/**
 * For a view whose controls both show the document and change it (a tab per scenario, a button
 * per phase): while the view updates its controls from the document, the controls' own events
 * are echoes, not the user's choice, and must not be sent back ({@link #quietly}, {@link #muted});
 * and the controls are rebuilt only when what they show changed ({@link #changed}).
 */
public final class ControlRefresh {

    private boolean muted;
    /** The keys shown; null before the first build, so that the first always builds. */
    private List<String> shown;

    /** Runs {@code update} with the view's listeners muted. */
    public void quietly(Runnable update) {
        boolean before = muted;
        muted = true;
        try {
            update.run();
        } finally {
            muted = before;
        }
    }

    /** Whether a control's event now is the view's own update. */
    public boolean muted() {
        return muted;
    }

    /**
     * Whether {@code keys} (one per control, holding all that the control shows) differ from
     * those of the last call that returned true; if so, they become the ones shown.
     */
    public boolean changed(List<String> keys) {
        if (Objects.equals(keys, shown)) {
            return false;
        }
        shown = List.copyOf(keys);
        return true;
    }
}
