package org.modesign.format;

import java.util.Objects;
import org.modesign.model.Problem;

/**
 * A limit of format.md §1 that a design breaks: which limit, where ({@code path}, a JSON path such
 * as {@code scenarios[0].nodes[3].title}, or "" for the whole file) and the size {@code found}.
 * {@link #message()} is the sentence the reader gives for the same limit.
 */
public record LimitBreach(Limit limit, String path, long found) {

    /** The limits the reader holds a file to (format.md §1). */
    public enum Limit {
        /** The file's size in bytes. */
        FILE_BYTES(ReadLimits.MAX_FILE_BYTES),
        /** How deep objects and arrays nest. */
        NESTING(ReadLimits.MAX_NESTING),
        /** The length of one string, value or key, in characters. */
        STRING_CHARS(ReadLimits.MAX_STRING_CHARS),
        /** The nodes of all scenarios together. */
        NODES(ReadLimits.MAX_NODES);

        private final long maximum;

        Limit(long maximum) {
            this.maximum = maximum;
        }

        /** The largest value the reader accepts. */
        public long maximum() {
            return maximum;
        }
    }

    public LimitBreach {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(path, "path");
    }

    /** The reader's sentence for this limit, e.g. "a string is longer than the limit of 64 KiB (65,536 characters)". */
    public String message() {
        return switch (limit) {
            case FILE_BYTES -> ReadLimits.fileTooLarge(found);
            case NESTING -> ReadLimits.nestingMessage();
            case STRING_CHARS -> ReadLimits.stringMessage();
            case NODES -> ReadLimits.nodesMessage();
        };
    }

    /** The breach as the reader's problem: the path and the sentence. */
    public Problem problem() {
        return new Problem(path, message());
    }
}
