package org.modesign.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file as spreadsheets save it: UTF-8 with or without a byte-order mark (Excel's
 * "CSV UTF-8"), UTF-16 with a byte-order mark (Excel's "Unicode text"), and, when the bytes are not
 * UTF-8, the legacy encoding of the file's language: GBK (GB18030) from Simplified Chinese Excel,
 * Big5 from Traditional Chinese Excel, Windows-1252 from Western European Excel ("Müller", "Köln").
 * Chinese text writes two bytes above 127 for each character, European text single ones between
 * ASCII letters: that tells them apart; GBK's common characters keep both bytes in 0xA1–0xFE,
 * where only about half of Big5's are. A file that is none of these (UTF-16 without a byte-order
 * mark, binary data) is refused.
 */
final class Encodings {

    /** Text and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    static final String UTF8 = "UTF-8";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of high bytes next to another high byte above which the text is taken for Chinese. */
    private static final double PAIRED = 0.6;
    /** Share of double-byte characters in GBK's main area above which Chinese text is taken for GBK. */
    private static final double GB_AREA = 0.8;

    private Encodings() {
    }

    static Decoded decode(byte[] b) throws UnusableCsv {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(StandardCharsets.UTF_8, b, 3), UTF8);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            String name = b[0] == 0 ? "UTF-32BE" : "UTF-32LE";
            return new Decoded(strict(Charset.forName(name), b, 4), name);
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            Charset charset = b[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(strict(charset, b, 2), charset.name());
        }
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            throw UnusableCsv.of(ImportMessage.NOT_UTF8);
        }
        String utf8 = tryStrict(StandardCharsets.UTF_8, b);
        if (utf8 != null) {
            return new Decoded(utf8, UTF8);
        }
        return legacy(b);
    }

    private static Decoded legacy(byte[] b) throws UnusableCsv {
        if (pairedShare(b) < PAIRED) {
            String western = tryStrict(WINDOWS_1252, b);
            if (western != null) {
                return new Decoded(western, "Windows-1252");
            }
            throw UnusableCsv.of(ImportMessage.NOT_UTF8);
        }
        String gb = tryStrict(GB18030, b);
        String big5 = tryStrict(BIG5, b);
        if (gb != null && (big5 == null || gbAreaShare(b) >= GB_AREA)) {
            return new Decoded(gb, "GBK");
        }
        if (big5 != null) {
            return new Decoded(big5, "Big5");
        }
        throw UnusableCsv.of(ImportMessage.NOT_UTF8);
    }

    /** Of the bytes above 127, the share next to another byte above 127. */
    private static double pairedShare(byte[] b) {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                high++;
                if ((i > 0 && b[i - 1] < 0) || (i + 1 < b.length && b[i + 1] < 0)) {
                    paired++;
                }
            }
        }
        return high == 0 ? 0 : (double) paired / high;
    }

    /** Of the double-byte characters (a lead byte above 127 and the next byte), the share with both in 0xA1–0xFE. */
    private static double gbAreaShare(byte[] b) {
        int pairs = 0;
        int inArea = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                continue;
            }
            int trail = b[i + 1] & 0xFF;
            pairs++;
            if (lead >= 0xA1 && lead <= 0xFE && trail >= 0xA1 && trail <= 0xFE) {
                inArea++;
            }
            i++;
        }
        return pairs == 0 ? 0 : (double) inArea / pairs;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Charset charset, byte[] b, int skip) throws UnusableCsv {
        String text = tryStrict(charset, b, skip);
        if (text == null) {
            throw UnusableCsv.of(ImportMessage.BAD_ENCODING, charset.name());
        }
        return text;
    }

    private static String tryStrict(Charset charset, byte[] b) {
        return tryStrict(charset, b, 0);
    }

    private static String tryStrict(Charset charset, byte[] b, int skip) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
