package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import org.modesign.model.Design;

/** How a save writes a design (the format's writer; tests give one that fails). */
@FunctionalInterface
interface DesignWrite {

    /** Writes {@code design} to {@code file}, or throws with a reason for a person. */
    void save(Design design, Path file) throws IOException;
}
