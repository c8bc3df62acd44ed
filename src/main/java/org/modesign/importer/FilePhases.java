package org.modesign.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The phases a file names in its from and to columns, in the order its rows imply: a row from
 * {@code a} to {@code b} puts {@code a} before {@code b}; phases the rows leave unordered keep the
 * order in which the file first names them (names of one pattern, "m2" and "m5", by their numbers). Names compare as the import compares names
 * ({@link Keys#name}), and each phase keeps the spelling of its first mention. When the rows
 * contradict each other (a cycle), the phases of the cycle follow in order of first mention. O(rows
 * + phases log phases).
 */
final class FilePhases {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final Map<String, String> spelling = new LinkedHashMap<>();
    private final Map<String, Integer> firstMention = new HashMap<>();
    private final Map<String, List<String>> after = new HashMap<>();
    private final Map<String, Integer> before = new HashMap<>();
    private final Set<String> starts = new HashSet<>();
    private boolean openStart;

    /** Adds one row's from and to values (either may be empty). */
    void row(String from, String to) {
        String a = mention(from);
        String b = mention(to);
        if (a == null) {
            openStart = true;
        } else {
            starts.add(a);
        }
        if (a != null && b != null && !a.equals(b)) {
            after.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            before.merge(b, 1, Integer::sum);
        }
    }

    private String mention(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        String key = Keys.name(text);
        if (!spelling.containsKey(key)) {
            spelling.put(key, text);
            firstMention.put(key, firstMention.size());
        }
        return key;
    }

    /**
     * Whether the rows imply a phase before the first one named: some rows start with the plan (no
     * from) while others start in the first phase named, so that phase cannot be the plan's first.
     */
    boolean impliesEarlierPhase() {
        List<String> order = ordered();
        return openStart && !order.isEmpty() && starts.contains(Keys.name(order.get(0)));
    }

    /** The phases named, each as first spelled, earliest first; empty when the file names none. */
    List<String> ordered() {
        Map<String, Integer> rank = rank();
        PriorityQueue<String> ready = new PriorityQueue<>((x, y) -> rank.get(x) - rank.get(y));
        Map<String, Integer> waiting = new HashMap<>(before);
        for (String key : spelling.keySet()) {
            if (!waiting.containsKey(key)) {
                ready.add(key);
            }
        }
        List<String> order = new ArrayList<>(spelling.size());
        while (order.size() < spelling.size()) {
            if (ready.isEmpty()) {
                breakCycle(waiting, ready);
            }
            String next = ready.poll();
            order.add(spelling.get(next));
            waiting.remove(next);
            for (String later : after.getOrDefault(next, List.of())) {
                Integer count = waiting.get(later);
                if (count != null && count > 0) {
                    if (count == 1) {
                        waiting.put(later, 0);
                        ready.add(later);
                    } else {
                        waiting.put(later, count - 1);
                    }
                }
            }
        }
        return order;
    }

    /**
     * The order in which phases the rows leave unordered come: first mention, except that names of
     * one pattern with numbers ("m2", "m5", "Q3 2025") take the places of their pattern in the order
     * of their numbers.
     */
    private Map<String, Integer> rank() {
        Map<String, List<String>> patterns = new LinkedHashMap<>();
        for (String key : spelling.keySet()) {
            patterns.computeIfAbsent(key.replaceAll("[0-9]+", "#"), k -> new ArrayList<>()).add(key);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (Map.Entry<String, List<String>> pattern : patterns.entrySet()) {
            List<String> members = pattern.getValue();
            List<String> sorted = new ArrayList<>(members);
            if (pattern.getKey().contains("#")) {
                sorted.sort(FilePhases::byNumbers);
            }
            for (int i = 0; i < members.size(); i++) {
                rank.put(sorted.get(i), firstMention.get(members.get(i)));
            }
        }
        return rank;
    }

    /** Two names of one pattern by their numbers, left to right. */
    private static int byNumbers(String x, String y) {
        Matcher a = NUMBER.matcher(x);
        Matcher b = NUMBER.matcher(y);
        while (a.find() && b.find()) {
            int c = new BigInteger(a.group()).compareTo(new BigInteger(b.group()));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Releases the phase ranked first among those still waiting. */
    private void breakCycle(Map<String, Integer> waiting, PriorityQueue<String> ready) {
        String first = null;
        for (Map.Entry<String, Integer> entry : waiting.entrySet()) {
            if (entry.getValue() > 0 && (first == null
                    || firstMention.get(entry.getKey()) < firstMention.get(first))) {
                first = entry.getKey();
            }
        }
        waiting.put(first, 0);
        ready.add(first);
    }
}
