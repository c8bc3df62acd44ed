package org.modesign.export;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Reads from a font file's header, without parsing the font, whether it holds a font with
 * TrueType outlines: the only kind PDFBox can subset and embed. OpenType fonts with PostScript
 * (CFF) outlines, such as Noto Sans CJK, start with {@code OTTO}; parsing a collection of them
 * takes PDFBox gigabytes of memory, so they must be recognised before that.
 */
final class SfntOutlines {

    private static final int TRUE_TYPE = 0x00010000;
    private static final int TRUE = 0x74727565; // "true" (old Apple TrueType)
    private static final int COLLECTION = 0x74746366; // "ttcf"
    /** More fonts than this in a collection means the file is not one. */
    private static final int MAX_FONTS = 1024;

    private SfntOutlines() {
    }

    /** Whether {@code file} (.ttf, .otf or .ttc) holds at least one font with TrueType outlines. */
    static boolean hasTrueType(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tag = in.readInt();
            if (tag != COLLECTION) {
                return isTrueType(tag);
            }
            in.readInt(); // version
            long fonts = in.readInt() & 0xFFFFFFFFL;
            if (fonts > MAX_FONTS) {
                return false;
            }
            long[] offsets = new long[(int) fonts];
            for (int i = 0; i < fonts; i++) {
                offsets[i] = in.readInt() & 0xFFFFFFFFL;
            }
            for (long offset : offsets) {
                in.seek(offset);
                if (isTrueType(in.readInt())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isTrueType(int sfntVersion) {
        return sfntVersion == TRUE_TYPE || sfntVersion == TRUE;
    }
}
