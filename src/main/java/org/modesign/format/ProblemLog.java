package org.modesign.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.modesign.model.Problem;

/**
 * The problems found while reading one file, in the order found, and the paths they were
 * reported at, so that a later check does not report the same spot again.
 *
 * <p>Some problems depend on the file's {@code version} (format-v2.md §1): a version 2 key is a
 * problem in a version 1 file only, and the keys a message lists differ. The version is usually
 * known before anything else is read; when a key comes before it in the file, its problem waits
 * until the version is known (or stays as for the latest version when it never is).
 */
final class ProblemLog {

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private int version;

    /** One problem, or one that waits for the version. */
    private static final class Entry {
        final String path;
        String message;
        IntFunction<String> byVersion;
        final boolean version2Key;

        Entry(String path, String message, IntFunction<String> byVersion, boolean version2Key) {
            this.path = path;
            this.message = message;
            this.byVersion = byVersion;
            this.version2Key = version2Key;
        }
    }

    void add(JsonPath path, String message) {
        String where = path.toString();
        entries.add(new Entry(where, message, null, false));
        reported.add(where);
    }

    /**
     * Adds the problem whose message, for a file of a given version, is {@code byVersion}'s (no
     * problem when that is null), now when the version is known, else once it is.
     * {@code version2Key}: the path is a version 2 key, which in a version 1 file is the problem
     * and was not read, so problems found inside it are dropped.
     */
    void add(JsonPath path, IntFunction<String> byVersion, boolean version2Key) {
        if (version != 0) {
            String message = byVersion.apply(version);
            if (message != null) {
                add(path, message);
            }
        } else {
            entries.add(new Entry(path.toString(), null, byVersion, version2Key));
        }
    }

    /**
     * Leaves out of {@link #addUnlessCovered} every later problem at or inside {@code path},
     * where a stand-in for a value that could not be read (already reported) would be echoed.
     */
    void cover(JsonPath path) {
        reported.add(path.toString());
    }

    /** The version of the file, 0 while it is not known. */
    int version() {
        return version;
    }

    /** Takes the file's version (1 or 2) and settles the problems that waited for it. */
    void version(int known) {
        version = known;
        List<String> unread = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.byVersion != null) {
                entry.message = entry.byVersion.apply(known);
                entry.byVersion = null;
                if (entry.message != null) {
                    reported.add(entry.path);
                    if (entry.version2Key) {
                        unread.add(entry.path);
                    }
                }
            }
        }
        entries.removeIf(entry -> entry.message == null || isInsideAny(entry.path, unread));
    }

    /**
     * Adds the problems of a later check (e.g. the integrity rules run on the best-effort design),
     * leaving out those at or inside a path already reported: they only echo a stand-in value.
     */
    void addUnlessCovered(List<Problem> more) {
        for (Problem problem : more) {
            if (!covered(problem.path())) {
                entries.add(new Entry(problem.path(), problem.message(), null, false));
            }
        }
    }

    private boolean covered(String path) {
        if (reported.contains(path)) {
            return true;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && reported.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInsideAny(String path, List<String> outer) {
        for (String o : outer) {
            if (path.length() > o.length() && path.startsWith(o)
                    && (path.charAt(o.length()) == '.' || path.charAt(o.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        for (Entry entry : entries) {
            if (message(entry) != null) {
                return false;
            }
        }
        return true;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            String message = message(entry);
            if (message != null) {
                problems.add(new Problem(entry.path, message));
            }
        }
        return List.copyOf(problems);
    }

    /** The entry's message; one still waiting reads as for the latest version. */
    private String message(Entry entry) {
        return entry.byVersion == null ? entry.message : entry.byVersion.apply(0);
    }
}
