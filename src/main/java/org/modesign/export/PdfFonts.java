package org.modesign.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.modesign.render.FontSpec;
import org.modesign.render.Surface;

/**
 * The fonts of one PDF and which one shows each character. Characters that Helvetica can encode
 * (Latin text) are set in Helvetica or Helvetica Bold, which every PDF reader has, so nothing is
 * embedded. Others (Chinese) are set in a CJK font from the system, embedded as a subset, loaded
 * the first time it is needed; many such fonts (Droid Sans Fallback) have no Latin letters, so a
 * mixed title is shown in runs of both. When there is no CJK font, the characters Helvetica lacks
 * become '?' and {@link #missedCharacters()} turns true.
 */
final class PdfFonts implements Closeable {

    /**
     * PDFBox's notices about which system font would draw Helvetica on screen ("Using fallback font
     * LiberationSans"): they concern rendering, not the PDFs written here, and would otherwise
     * reach the command line's standard error. Held here so the setting is not collected away.
     */
    private static final Logger RENDERING_NOTICES = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    /**
     * FontBox's notices about the tables of system fonts it reads past ("Format 14 cmap table is
     * not supported", once per font of a Noto Sans CJK collection): nothing the user can act on.
     */
    private static final Logger FONT_TABLE_NOTICES = Logger.getLogger("org.apache.fontbox.ttf");

    static {
        RENDERING_NOTICES.setLevel(Level.SEVERE);
        FONT_TABLE_NOTICES.setLevel(Level.SEVERE);
    }

    /** A character every CJK font has: a font that lacks it is not one. */
    private static final int PROBE = '\u4E2D';

    /** A piece of text as it is shown: in this font, with these characters. */
    record Run(PDFont font, String text) {
    }

    private final PDDocument document;
    private final CjkFonts candidates;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> latin = new HashMap<>();
    private final Map<Integer, Boolean> cjkHas = new HashMap<>();
    private final Map<String, List<Run>> runs = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();
    private PDFont cjk;
    private boolean cjkLooked;
    private boolean missed;

    PdfFonts(PDDocument document, CjkFonts candidates) {
        this.document = document;
        this.candidates = candidates;
    }

    /** The pieces of {@code text}, each in the font that shows it, bold or not. */
    List<Run> runs(String text, boolean isBold) {
        String key = isBold ? "b" + text : "r" + text;
        List<Run> found = runs.get(key);
        if (found == null) {
            found = split(text, isBold ? bold : regular);
            runs.put(key, found);
        }
        return found;
    }

    /** The width of {@code text} at {@code size} in user units, in the fonts that show it. */
    double width(String text, boolean isBold, double size) {
        double width = 0;
        for (Run run : runs(text, isBold)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                width += Surface.approximateTextWidth(run.text(), new FontSpec(size, isBold));
            }
        }
        return width;
    }

    /** Whether some characters were shown as '?' because no font with them was found. */
    boolean missedCharacters() {
        return missed;
    }

    /**
     * Cuts {@code text} into runs: what Helvetica encodes in {@code latinFont}, the rest in the CJK
     * font; a character neither has becomes a Helvetica '?'.
     */
    private List<Run> split(String text, PDFont latinFont) {
        List<Run> pieces = new ArrayList<>(1);
        StringBuilder piece = new StringBuilder(text.length());
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            PDFont font = latinFont;
            if (!latin(c)) {
                PDFont wide = cjk();
                if (wide != null && cjkHas.computeIfAbsent(c, this::inCjk)) {
                    font = wide;
                } else {
                    missed |= wide == null;
                    c = '?';
                }
            }
            if (font != current && piece.length() > 0) {
                pieces.add(new Run(current, piece.toString()));
                piece.setLength(0);
            }
            current = font;
            piece.appendCodePoint(c);
        }
        if (piece.length() > 0) {
            pieces.add(new Run(current, piece.toString()));
        }
        return List.copyOf(pieces);
    }

    private boolean latin(int c) {
        return latin.computeIfAbsent(c, code -> encodes(regular, code));
    }

    private boolean inCjk(int c) {
        return encodes(cjk, c);
    }

    private static boolean encodes(PDFont font, int c) {
        try {
            font.encode(new String(Character.toChars(c)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The embedded CJK font, loaded on first use; null when the system has none PDFBox can embed. */
    private PDFont cjk() {
        if (!cjkLooked) {
            cjkLooked = true;
            for (Path file : candidates.candidates()) {
                cjk = load(file);
                if (cjk != null) {
                    break;
                }
            }
        }
        return cjk;
    }

    private PDFont load(Path file) {
        if (!SfntOutlines.hasTrueType(file)) {
            return null; // PostScript outlines only: PDFBox cannot embed them (and parsing a CJK collection costs GBs)
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                return fromCollection(file);
            }
            PDType0Font font = PDType0Font.load(document, file.toFile());
            return encodes(font, PROBE) ? font : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first font of a collection that has Chinese characters (simplified preferred), embedded. */
    private PDFont fromCollection(Path file) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            fonts.sort((a, b) -> Boolean.compare(!simplified(a), !simplified(b)));
            for (TrueTypeFont ttf : fonts) {
                var cmap = embeddable(ttf) ? ttf.getUnicodeCmapLookup(false) : null;
                if (cmap != null && cmap.getGlyphId(PROBE) != 0) {
                    PDFont font = PDType0Font.load(document, ttf, true);
                    open.add(collection);
                    return font;
                }
            }
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
        collection.close();
        return null;
    }

    /**
     * Whether PDFBox can embed a subset of {@code font}: not of an OpenType font with PostScript
     * (CFF) outlines, such as Noto Sans CJK's .ttc, whose subsetting fails when the PDF is saved.
     */
    private static boolean embeddable(TrueTypeFont font) {
        return !(font instanceof OpenTypeFont otf && otf.isPostScript());
    }

    private static boolean simplified(TrueTypeFont font) {
        try {
            String name = font.getName();
            return name != null && (name.contains("SC") || name.contains("GB"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes the font files the document reads from; call after the document is saved. */
    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
        open.clear();
    }
}
