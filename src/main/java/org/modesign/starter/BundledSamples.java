package org.modesign.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The sample designs that travel inside the jar (copied from the project's {@code samples/}). */
public final class BundledSamples {

    /** The sample the app opens when it is given no file. */
    public static final String DEFAULT = "central-vs-local-expression.modesign";

    /** Every bundled sample, in the order the README lists them. */
    public static final List<String> ALL = List.of(
            "mops-of-one.modesign",
            "mops-supporting-marketing.modesign",
            "mops-cmo-best-friend.modesign",
            DEFAULT,
            "mo-in-it-six-months.modesign",
            "mops-from-chaos.modesign",
            "boundaryless-roadmap.modesign");

    private BundledSamples() {
    }

    /** The bytes of a bundled sample. */
    public static byte[] read(String name) {
        try (InputStream in = BundledSamples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a bundled sample in a temporary folder, for code that wants a file. */
    public static Path extract(String name) throws IOException {
        Path dir = Files.createTempDirectory("modesign-sample");
        Path file = dir.resolve(name);
        try (InputStream in = BundledSamples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("no bundled sample " + name);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }
}
