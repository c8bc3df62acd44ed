package org.modesign.app;

import java.util.Optional;
import org.modesign.cli.Cli;

/**
 * Entry point. With a command ({@code validate}, {@code metrics}, ...) it runs headless and never
 * starts the JavaFX toolkit; so do several words that are not a command (a mistyped command is
 * reported as such, not opened as a file). Otherwise it opens the editor on the given file, or on
 * the bundled "centralized vs local expression" sample, when there is a display to open it on.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args) || args.length > 1) {
            Optional<Integer> exit = CliFastStart.runInSecondJvm(args);
            System.exit(exit.isPresent() ? exit.get() : Cli.run(args));
        }
        if (NoDisplay.here()) {
            System.err.println(NoDisplay.MESSAGE);
            System.exit(Cli.FAILURE);
        }
        if (Boolean.getBoolean(FastStart.CHILD)) {
            ParentWatch.start();
        }
        Optional<Integer> exit = FastStart.runInSecondJvm(args);
        if (exit.isPresent()) {
            System.exit(exit.get());
        }
        EditorLauncher.open(args.length > 0 ? args[0] : null);
    }
}
