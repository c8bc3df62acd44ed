package org.modesign.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads {@code .modesign} files strictly (format.md §1): a file is loaded whole or rejected with
 * every problem found, each with its JSON path (and line and column for a syntax error). Reading
 * never throws for bad input or I/O errors and never changes the file. Thread-safe.
 */
public final class DesignReader {

    /**
     * Files from this size on are read with their scenarios side by side, when the machine has
     * more than two processors. With two, a cold run gains nothing: the just-in-time compilers
     * keep the second one busy while a large file is read (measured: about 25 ms slower for a
     * 10,000-role design), so every file is read in one pass.
     */
    static final int SPLIT_FROM_BYTES =
            Runtime.getRuntime().availableProcessors() > 2 ? 256 * 1024 : Integer.MAX_VALUE;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(new ReadLimits(0))
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final SplitReader SPLIT_READER = new SplitReader(FACTORY);

    private final int splitFromBytes;

    public DesignReader() {
        this(SPLIT_FROM_BYTES);
    }

    /** A reader that tries the {@link SplitReader} on files of {@code splitFromBytes} bytes or more. */
    DesignReader(int splitFromBytes) {
        // Otherwise stateless: all parsing state lives in the parsers made per read.
        this.splitFromBytes = splitFromBytes;
    }

    /** Loads the design in {@code file}, reading it once. */
    public LoadResult read(Path file) {
        String name = Messages.quote(file.toString());
        try {
            if (Files.isDirectory(file)) {
                return LoadResult.rejected("", name + " is a folder, not a design file");
            }
            String tooLarge = ReadLimits.fileTooLarge(Files.size(file));
            if (tooLarge != null) {
                return LoadResult.rejected("", tooLarge);
            }
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return LoadResult.rejected("", "the file " + name + " does not exist");
        } catch (AccessDeniedException e) {
            return LoadResult.rejected("", "the file " + name + " cannot be read: permission denied");
        } catch (IOException | RuntimeException e) {
            return LoadResult.rejected("", "the file " + name + " could not be read: " + IoMessages.reason(e));
        }
    }

    /** Loads a design from the bytes of a file (UTF-8 JSON). */
    public LoadResult parse(byte[] utf8Json) {
        String tooLarge = ReadLimits.fileTooLarge(utf8Json.length);
        if (tooLarge != null) {
            return LoadResult.rejected("", tooLarge);
        }
        if (looksLikeUtf16or32(utf8Json)) {
            return LoadResult.rejected("", "the file is not UTF-8 text (it looks like UTF-16 or UTF-32)");
        }
        LoadResult split = utf8Json.length >= splitFromBytes ? SPLIT_READER.read(utf8Json) : null;
        if (split != null) {
            return split;
        }
        try (JsonParser parser = FACTORY.createParser(utf8Json)) {
            return parse(parser);
        } catch (IOException | RuntimeException e) {
            return LoadResult.rejected("", "the file could not be read because of an internal error: "
                    + IoMessages.reason(e));
        }
    }

    private static LoadResult parse(JsonParser parser) throws IOException {
        try {
            return new DesignParser(parser).parse();
        } catch (ReadLimits.LimitExceeded e) {
            return LoadResult.rejected("", SyntaxMessages.at(e.where(parser)) + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return LoadResult.rejected("", SyntaxMessages.of(e));
        }
    }

    /**
     * Jackson would detect and accept UTF-16 and UTF-32; the format is UTF-8 only. A JSON text in
     * those encodings starts with a byte order mark or has a zero byte among its first four bytes,
     * neither of which a UTF-8 JSON text can have.
     */
    private static boolean looksLikeUtf16or32(byte[] b) {
        if (b.length >= 2) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
                return true;
            }
        }
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
