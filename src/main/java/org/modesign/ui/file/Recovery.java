package org.modesign.ui.file;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved changes that an earlier run of the editor left behind when it ended without closing
 * cleanly: the design as it was last written for recovery ({@code design}, a normal
 * {@code .modesign} file), the file it belongs to ({@code originalFile}, null for a design never
 * saved), its title and when it was written.
 */
public record Recovery(String session, Path design, Path originalFile, String title, Instant writtenAt) {
}
