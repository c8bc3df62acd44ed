package org.modesign.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modesign.cli.Cli;
import org.modesign.io.BundledSamples;

/**
 * Entry point. With a command ({@code validate}, {@code metrics}, ...) it runs headless and never
 * starts the JavaFX toolkit. Without one it opens a design: until the editor lands, that means
 * validating it (the bundled "centralized vs local expression" sample when no file is given).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        String file;
        try {
            file = args.length > 0 ? args[0] : defaultSample();
        } catch (IOException e) {
            System.err.println("modesign: cannot open the bundled sample: " + e.getMessage());
            System.exit(Cli.FAILURE);
            return;
        }
        System.exit(Cli.run(new String[] {"validate", file}));
    }

    private static String defaultSample() throws IOException {
        Path local = Path.of("samples", BundledSamples.DEFAULT);
        return Files.isRegularFile(local) ? local.toString() : BundledSamples.extract(BundledSamples.DEFAULT).toString();
    }
}
