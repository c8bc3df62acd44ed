package org.modesign.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines that fit a width, as a {@link Surface} measures it: where the Unicode
 * line-breaking rules allow (after a space or a hyphen, between Chinese characters), filling each
 * line as far as it goes; inside a word only when the word alone is wider than a line. Runs of
 * white space (line breaks included) count as one space. Not thread-safe; the card typesetter
 * caches what it breaks.
 */
final class LineBreaker {

    /**
     * One line: its text, without the spaces it was broken at, and where it starts in the text
     * that was broken (the whole rest of the text from there is {@code text.substring(start)}).
     */
    record Line(String text, int start) {
    }

    private final BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);

    /** {@code text} with its white space runs made single spaces and its ends stripped. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The lines of {@code text} (which must be {@link #normalise normalised}): each fits
     * {@code maxWidth}, except a single letter wider than that, which gets a line of its own.
     * No lines for empty text.
     */
    List<Line> lines(Surface surface, String text, FontSpec font, double maxWidth) {
        List<Line> lines = new ArrayList<>();
        breaks.setText(text);
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(surface, text, start, font, maxWidth);
            lines.add(new Line(text.substring(start, end).stripTrailing(), start));
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return lines;
    }

    /** Where the longest line from {@code start} that fits ends (spaces after it included). */
    private int lineEnd(Surface surface, String text, int start, FontSpec font, double maxWidth) {
        int fits = -1;
        int first = breaks.following(start);
        for (int end = first; end != BreakIterator.DONE; end = breaks.next()) {
            if (surface.textWidth(text.substring(start, end).stripTrailing(), font) > maxWidth) {
                break;
            }
            fits = end;
        }
        return fits > start ? fits : letters(surface, text, start, first, font, maxWidth);
    }

    /** The end of the most letters from {@code start} (to {@code wordEnd} at most) that fit, at least one. */
    private static int letters(Surface surface, String text, int start, int wordEnd, FontSpec font, double maxWidth) {
        int low = 1;
        int high = text.codePointCount(start, wordEnd);
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (surface.textWidth(text.substring(start, text.offsetByCodePoints(start, middle)), font) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return text.offsetByCodePoints(start, low);
    }
}
