package org.modesign.cli;

import java.util.List;

/** A failure the user can fix (unreadable file, unknown scenario): message lines, exit code 2. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    CliFailure(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    CliFailure(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
