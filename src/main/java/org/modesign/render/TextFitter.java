package org.modesign.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Shortens text with an ellipsis so that it fits a width, as measured by a {@link Surface}.
 * Measuring is dear, so the results are cached; the cache belongs to one surface at a time and is
 * emptied when another surface is passed, or when it holds {@link #MAX_ENTRIES}.
 */
public final class TextFitter {

    static final String ELLIPSIS = "\u2026";
    static final int MAX_ENTRIES = 20_000;

    private final Map<Key, String> cache = new HashMap<>();
    private Surface owner;

    /** {@code text}, or its longest beginning followed by "…" that fits {@code maxWidth}; "" when not even "…" fits. */
    public String fit(Surface surface, String text, FontSpec font, double maxWidth) {
        if (surface != owner || cache.size() >= MAX_ENTRIES) {
            cache.clear();
            owner = surface;
        }
        Key key = new Key(text, font, maxWidth);
        String fitted = cache.get(key);
        if (fitted == null) {
            fitted = shorten(surface, text, font, maxWidth);
            cache.put(key, fitted);
        }
        return fitted;
    }

    private static String shorten(Surface surface, String text, FontSpec font, double maxWidth) {
        if (surface.textWidth(text, font) <= maxWidth) {
            return text;
        }
        if (surface.textWidth(ELLIPSIS, font) > maxWidth) {
            return "";
        }
        int low = 0;
        int high = text.codePointCount(0, text.length()) - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (surface.textWidth(prefix(text, middle) + ELLIPSIS, font) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return prefix(text, low).stripTrailing() + ELLIPSIS;
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private record Key(String text, FontSpec font, double maxWidth) {
    }
}
