package org.modesign.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits that protect the program from hostile or broken files (format.md §1), enforced by
 * Jackson while it parses, each failing with a {@link LimitExceeded} that names the limit. The one
 * place that holds them: the writer checks a design against the same values and words a refusal
 * with the same sentences ({@link LimitBreach}), so that what is written can be read back.
 */
final class ReadLimits extends StreamReadConstraints {

    private static final long serialVersionUID = 1L;

    /** Largest file read: 256 MiB. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Deepest nesting of objects and arrays. */
    static final int MAX_NESTING = 64;
    /** Longest string, value or key, in characters (64 KiB). */
    static final int MAX_STRING_CHARS = 64 * 1024;
    /** Most nodes, all scenarios together. */
    static final int MAX_NODES = 200_000;
    /** Longest number literal; no limit of format.md, but JSON numbers this long are nonsense. */
    static final int MAX_NUMBER_CHARS = 1000;

    /** How deep the text parsed sits in the file: 0 for a whole file. */
    private final int outerDepth;

    /** The limits for parsing a piece of a file that sits {@code outerDepth} levels deep in it. */
    ReadLimits(int outerDepth) {
        super(MAX_NESTING, -1L, MAX_NUMBER_CHARS, MAX_STRING_CHARS, MAX_STRING_CHARS, -1L);
        this.outerDepth = outerDepth;
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        if (outerDepth + depth > MAX_NESTING) {
            throw new LimitExceeded(nestingMessage());
        }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        checkString(length, true);
    }

    /** A key is checked once it is read whole: reported where the parser is, after the key. */
    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        checkString(length, false);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        checkNumber(length);
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        checkNumber(length);
    }

    /** Throws when a design has more than {@link #MAX_NODES} nodes. */
    static void checkNodeCount(int nodes) throws LimitExceeded {
        if (nodes > MAX_NODES) {
            throw new LimitExceeded(nodesMessage());
        }
    }

    private static void checkString(int length, boolean inToken) throws LimitExceeded {
        if (length > MAX_STRING_CHARS) {
            throw new LimitExceeded(stringMessage(), inToken);
        }
    }

    private static void checkNumber(int length) throws LimitExceeded {
        if (length > MAX_NUMBER_CHARS) {
            throw new LimitExceeded("a number is written with more than the limit of "
                    + Messages.count(MAX_NUMBER_CHARS) + " characters");
        }
    }

    /** The message for a file of {@code bytes} bytes when that is over the limit, else null. */
    static String fileTooLarge(long bytes) {
        if (bytes <= MAX_FILE_BYTES) {
            return null;
        }
        return "the file is " + Messages.count(bytes) + " bytes long, more than the limit of 256 MiB ("
                + Messages.count(MAX_FILE_BYTES) + " bytes)";
    }

    /** What the reader says of nesting deeper than {@link #MAX_NESTING}. */
    static String nestingMessage() {
        return "the JSON is nested deeper than the limit of " + MAX_NESTING + " levels";
    }

    /** What the reader says of a string longer than {@link #MAX_STRING_CHARS}. */
    static String stringMessage() {
        return "a string is longer than the limit of 64 KiB (" + Messages.count(MAX_STRING_CHARS) + " characters)";
    }

    /** What the reader says of a design with more than {@link #MAX_NODES} nodes. */
    static String nodesMessage() {
        return "the design has more than the limit of " + Messages.count(MAX_NODES) + " nodes (all scenarios together)";
    }

    /** A limit of format.md §1 was passed; the message says which one. */
    static final class LimitExceeded extends StreamConstraintsException {

        private static final long serialVersionUID = 1L;

        private final boolean inToken;

        LimitExceeded(String message) {
            this(message, false);
        }

        /**
         * {@code inToken}: the limit was passed inside the token being read (a string), and is
         * reported where that token starts. Jackson checks a string's length only as its buffer
         * grows, and a thread's recycled buffer may be larger after an earlier read: the place
         * the parser has reached then depends on what was read before.
         */
        LimitExceeded(String message, boolean inToken) {
            super(message);
            this.inToken = inToken;
        }

        /** Where the problem is reported: the start of the token, or where the parser is. */
        JsonLocation where(JsonParser parser) {
            return inToken ? parser.currentTokenLocation() : parser.currentLocation();
        }
    }
}
