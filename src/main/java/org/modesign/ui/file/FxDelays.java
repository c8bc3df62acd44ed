package org.modesign.ui.file;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.PauseTransition;

/** {@link Delays} on the JavaFX thread: a pause transition per task. Use from the JavaFX thread. */
final class FxDelays implements Delays {

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public Runnable after(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    }
}
