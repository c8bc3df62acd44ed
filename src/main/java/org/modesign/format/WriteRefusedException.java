package org.modesign.format;

import java.io.IOException;

/**
 * The writer refused to write a design because the file would break a limit of the reader
 * (format.md §1): it could not be read back. Thrown before anything is written; the message is
 * the reader's own, with the path of what breaks the limit ({@link LimitBreach#problem()}).
 */
public final class WriteRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient LimitBreach breach;

    public WriteRefusedException(LimitBreach breach) {
        super(breach.problem().toString());
        this.breach = breach;
    }

    /** Which limit is broken, where and by how much. */
    public LimitBreach breach() {
        return breach;
    }
}
