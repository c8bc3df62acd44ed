package org.modesign.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import org.modesign.starter.ProgramSamples;

/**
 * Where a file dialog starts: the folder it is given (the design's own, the last one used) unless
 * that is missing or the program's samples folder; then the user's documents folder, else home.
 */
public final class StartFolder {

    private StartFolder() {
    }

    /** The folder to start in for {@code wanted} (may be null). */
    public static Path of(Path wanted, ProgramSamples samples, Path home) {
        if (wanted != null && Files.isDirectory(wanted) && !samples.isSamplesFolder(wanted)) {
            return wanted;
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** {@link #of} for this program and user. */
    public static Path of(Path wanted) {
        return of(wanted, ProgramSamples.here(), Path.of(System.getProperty("user.home")));
    }
}
