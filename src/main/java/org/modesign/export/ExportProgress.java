package org.modesign.export;

/** Hears how far a long export has come (e.g. pages of a PDF); called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    /** Nobody listens. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are finished. */
    void update(int done, int total);
}
