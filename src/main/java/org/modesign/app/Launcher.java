package org.modesign.app;

import java.util.Optional;
import org.modesign.cli.Cli;

/**
 * Entry point. With a command ({@code validate}, {@code metrics}, ...) it runs headless and never
 * starts the JavaFX toolkit; otherwise it opens the editor on the given file, or on the bundled
 * "centralized vs local expression" sample.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        Optional<Integer> exit = FastStart.runInSecondJvm(args);
        if (exit.isPresent()) {
            System.exit(exit.get());
        }
        EditorLauncher.open(args.length > 0 ? args[0] : null);
    }
}
