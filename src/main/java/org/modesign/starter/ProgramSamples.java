package org.modesign.starter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The samples folder that comes with the program ({@code samples/} beside its jar, above it, or in
 * the folder it runs from), which a user's work must never be saved into: a bundled sample found
 * there opens as an unsaved copy, and file dialogs never start there.
 */
public final class ProgramSamples {

    private final List<Path> folders;

    /** The samples folders of {@code folders} that exist. */
    public ProgramSamples(List<Path> folders) {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            Path real = real(folder);
            if (real != null && Files.isDirectory(real) && !found.contains(real)) {
                found.add(real);
            }
        }
        this.folders = List.copyOf(found);
    }

    /** The program's: {@code samples/} in the working folder, beside the jar and above it. */
    public static ProgramSamples here() {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("samples"));
        Path jar = jar();
        if (jar != null && jar.getParent() != null) {
            folders.add(jar.getParent().resolve("samples"));
            if (jar.getParent().getParent() != null) {
                folders.add(jar.getParent().getParent().resolve("samples"));
            }
        }
        return new ProgramSamples(folders);
    }

    /** Whether {@code folder} is one of the program's samples folders. */
    public boolean isSamplesFolder(Path folder) {
        Path real = folder == null ? null : real(folder);
        return real != null && folders.contains(real);
    }

    /** Whether {@code file} is a bundled sample in a samples folder of the program. */
    public boolean isSample(Path file) {
        return file != null && file.getFileName() != null
                && BundledSamples.ALL.contains(file.getFileName().toString())
                && isSamplesFolder(file.toAbsolutePath().getParent());
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static Path jar() {
        try {
            var source = ProgramSamples.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
