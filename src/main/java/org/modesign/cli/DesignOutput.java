package org.modesign.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.modesign.format.DesignWriter;
import org.modesign.format.WriteRefusedException;
import org.modesign.model.Design;

/**
 * Writes a command's design file, or fails cleanly: a design whose file the reader would refuse
 * (a limit of format.md §1) is not written at all, and the message says which limit, in the
 * reader's words; an I/O error names the file and the reason.
 */
final class DesignOutput {

    private DesignOutput() {
    }

    /** Saves {@code design} to {@code out}; {@code command} begins every message ("modesign generate: "). */
    static void save(String command, Design design, Path out) {
        try {
            new DesignWriter().save(design, out);
        } catch (WriteRefusedException e) {
            throw refused(command, out, e);
        } catch (IOException e) {
            throw new CliFailure(command + "cannot write " + out + ": " + e.getMessage());
        }
    }

    /** The failure for a design the writer refused. */
    static CliFailure refused(String command, Path out, WriteRefusedException e) {
        return new CliFailure(command + "nothing written to " + out + ": it could not be read back: " + e.getMessage());
    }
}
