package org.modesign.edit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Ids;

/**
 * Hands out ids that are valid and not yet taken: the slug of a text ({@link Ids#slug}), then
 * {@code -2}, {@code -3}, ... until one is free. A trailing {@code -<number>} of the text is dropped
 * first, so duplicating {@code analyst-2} gives {@code analyst-3}, not {@code analyst-2-2}.
 */
public final class FreshIds {

    private final Set<String> taken;
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** Ids made from now on avoid every id in {@code taken}. */
    public FreshIds(Iterable<String> taken) {
        this.taken = new HashSet<>();
        taken.forEach(this.taken::add);
    }

    /** A new id made from {@code text}, from now on taken. */
    public String next(String text) {
        return fresh(stem(Ids.slug(text)));
    }

    /**
     * As {@link #next}, but keeping a trailing number of the text: "Analyst 2" gives
     * {@code analyst-2} when it is free (for names a person wrote, as in an import).
     */
    public String nextKeepingNumber(String text) {
        return fresh(Ids.slug(text));
    }

    private String fresh(String stem) {
        if (taken.add(stem)) {
            return stem;
        }
        int suffix = nextSuffix.getOrDefault(stem, 2);
        while (!taken.add(stem + '-' + suffix)) {
            suffix++;
        }
        nextSuffix.put(stem, suffix + 1);
        return stem + '-' + suffix;
    }

    private static String stem(String slug) {
        int dash = slug.lastIndexOf('-');
        if (dash <= 0 || dash == slug.length() - 1) {
            return slug;
        }
        for (int i = dash + 1; i < slug.length(); i++) {
            if (!Character.isDigit(slug.charAt(i))) {
                return slug;
            }
        }
        return slug.substring(0, dash);
    }
}
