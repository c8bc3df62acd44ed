package org.modesign.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a text into lines no wider than a width: at spaces, and between Chinese (Japanese, Korean)
 * characters, which need no space between words; a word wider than a line is broken where it must.
 * What does not fit in the lines allowed ends the last line in "…".
 */
public final class TextWrap {

    private TextWrap() {
    }

    /** {@code text} in at most {@code maxLines} lines of at most {@code maxWidth}; one empty line for an empty text. */
    public static String[] wrap(String text, FontSpec font, double maxWidth, int maxLines, TextMeasure measure) {
        String rest = text.strip();
        if (rest.isEmpty() || surelyFits(rest, font, maxWidth) || measure.width(rest, font) <= maxWidth) {
            return new String[] {rest};
        }
        List<String> lines = new ArrayList<>(maxLines);
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 || measure.width(rest, font) <= maxWidth) {
                lines.add(shortened(rest, font, maxWidth, measure));
                break;
            }
            int end = breakAt(rest, font, maxWidth, measure);
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        return lines.toArray(new String[0]);
    }

    /**
     * Whether {@code text} fits without measuring, by an upper bound of each character's width in
     * the common sans-serif fonts, bold included (DejaVu Sans Bold is the widest): 0.75 of the size
     * for small letters, digits, spaces and most punctuation, 0.9 for capitals and "&", 1.2 for "m",
     * "w", "M", "W", "@" and "%"; a text with anything beyond Latin, Greek and Cyrillic is measured. Measuring is the dearest part of a layout of thousands of chips.
     */
    static boolean surelyFits(String text, FontSpec font, double maxWidth) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0500) {
                return false;
            }
            ems += c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%' ? 1.2
                    : Character.isUpperCase(c) || c == '&' ? 0.9 : 0.75;
        }
        return ems * font.size() <= maxWidth;
    }

    /** Where the first line of {@code text} ends: after the last word that fits, else after the last character that fits (at least one). */
    private static int breakAt(String text, FontSpec font, double maxWidth, TextMeasure measure) {
        int best = -1;
        for (int i = text.offsetByCodePoints(0, 1); i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (!breakable(text, i)) {
                continue;
            }
            if (measure.width(text.substring(0, i).stripTrailing(), font) > maxWidth) {
                break;
            }
            best = i;
        }
        if (best > 0) {
            return best;
        }
        int fits = longestPrefix(text, "", font, maxWidth, measure);
        return text.offsetByCodePoints(0, Math.max(1, fits));
    }

    /** Whether a line may end before index {@code i}: at a space, or beside a wide (CJK) character. */
    private static boolean breakable(String text, int i) {
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i);
        return Character.isWhitespace(after) || before == '-' || before == '/' || wide(before) || wide(after);
    }

    private static boolean wide(int codePoint) {
        return Character.isIdeographic(codePoint) || (codePoint >= 0x3000 && codePoint <= 0x30FF)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    /** {@code text}, or its longest beginning followed by "…" that fits. */
    static String shortened(String text, FontSpec font, double maxWidth, TextMeasure measure) {
        if (measure.width(text, font) <= maxWidth) {
            return text;
        }
        int fits = longestPrefix(text, TextFitter.ELLIPSIS, font, maxWidth, measure);
        return text.substring(0, text.offsetByCodePoints(0, fits)).stripTrailing() + TextFitter.ELLIPSIS;
    }

    /** The most code points of {@code text} that, followed by {@code suffix}, fit {@code maxWidth} (binary search). */
    private static int longestPrefix(String text, String suffix, FontSpec font, double maxWidth, TextMeasure measure) {
        int low = 0;
        int high = text.codePointCount(0, text.length());
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (measure.width(text.substring(0, text.offsetByCodePoints(0, middle)) + suffix, font) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
