package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfntOutlinesTest {

    private static final int TRUE_TYPE = 0x00010000;
    private static final int OTTO = 0x4F54544F;

    @TempDir
    Path dir;

    private Path font(String name, int... words) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(4 * words.length + 64);
        for (int w : words) {
            bytes.putInt(w);
        }
        return Files.write(dir.resolve(name), bytes.array());
    }

    @Test
    void aSingleFontIsTrueTypeByItsVersionTag() throws IOException {
        assertTrue(SfntOutlines.hasTrueType(font("a.ttf", TRUE_TYPE, 0)));
        assertFalse(SfntOutlines.hasTrueType(font("a.otf", OTTO, 0)), "PostScript (CFF) outlines");
    }

    @Test
    void aCollectionCountsWhenOneOfItsFontsIsTrueType() throws IOException {
        int ttcf = 0x74746366;
        // header: tag, version, 2 fonts, offsets 20 and 24; then each font's version tag
        assertTrue(SfntOutlines.hasTrueType(font("mixed.ttc", ttcf, 0x00010000, 2, 20, 24, OTTO, TRUE_TYPE)));
        assertFalse(SfntOutlines.hasTrueType(font("cff.ttc", ttcf, 0x00010000, 2, 20, 24, OTTO, OTTO)));
    }

    @Test
    void aFileThatIsNoFontOrIsMissingIsNot() throws IOException {
        assertFalse(SfntOutlines.hasTrueType(Files.writeString(dir.resolve("x.ttf"), "no")));
        assertFalse(SfntOutlines.hasTrueType(dir.resolve("missing.ttc")));
        assertFalse(SfntOutlines.hasTrueType(font("huge.ttc", 0x74746366, 0x00010000, -1)));
    }

    @Test
    void notoSansCjkIsRecognisedAsPostScriptWithoutParsingIt() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        if (Files.isReadable(noto)) {
            assertFalse(SfntOutlines.hasTrueType(noto));
        }
    }
}
