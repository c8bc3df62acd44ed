package org.modesign.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.modesign.format.JsonSpans.Span;

/**
 * Makes mutants of a sample: byte flips, cuts, deleted and repeated spans on the bytes; values
 * swapped for values of another type, ids swapped, strings made huge on the JSON structure.
 */
final class Mutator {

    /** What a mutation does. */
    enum Op { FLIP, CUT, DELETE, REPEAT, RETYPE, COPY_VALUE, SWAP_IDS, COPY_ID, RENAME_KEY, HUGE_STRING }

    /**
     * One mutation, its places given as fractions ({@code a}, {@code b} in [0, 1)) of what it
     * picks from, and a small number {@code n} (a bit, a count, a choice).
     */
    record Mutation(Op kind, double a, double b, int n) {

        boolean structural() {
            return kind.compareTo(Op.RETYPE) >= 0;
        }
    }

    /** Values of every type, in the order of {@link JsonSpans.Kind}, to put where a value of another type was. */
    private static final String[][] OTHER_VALUES = {
        {"\"\"", "\"x\"", "\"global\"", "\"R\""}, // strings
        {"0", "1", "2", "3", "-1", "1e999", "3.5", "-0.0", "12345678901234567890", "1E+2"}, // numbers
        {"true", "false"},
        {"null"},
        {"{}", "{\"id\": \"x\"}", "{\"a\": [1, {\"b\": null}]}"},
        {"[]", "[1, 2]", "[\"a\", [\"b\"]]", "[{}]"},
    };

    /** Lengths of huge strings: at the reader's limit, just over it, and far over it. */
    private static final int[] HUGE = {65_536, 65_537, 100_000, 4_000_000};
    /** Most bytes a byte mutation adds: a span of up to 2,000 bytes repeated up to 20 times. */
    static final int MOST_ADDED = 2_000 * 20;
    private static final String[] HUGE_PIECES = {"x", "é", "社", "\\u0041", "\\n"};

    private final byte[] sample;
    private final JsonSpans spans;

    Mutator(byte[] sample) {
        this.sample = sample;
        this.spans = new JsonSpans(sample);
    }

    /** The length of the sample in bytes. */
    int sampleLength() {
        return sample.length;
    }

    /** The mutant: first the structural mutations on the sample's values, then the byte mutations in turn. */
    byte[] mutate(List<Mutation> mutations) {
        List<Edit> edits = new ArrayList<>();
        for (Mutation m : mutations) {
            if (m.structural()) {
                structural(m, edits);
            }
        }
        byte[] bytes = apply(sample, edits);
        for (Mutation m : mutations) {
            if (!m.structural()) {
                bytes = bytes(bytes, m);
            }
        }
        return bytes;
    }

    /** Replace bytes {@code [start, end)} by {@code with}. */
    private record Edit(int start, int end, byte[] with) {
    }

    private void structural(Mutation m, List<Edit> edits) {
        switch (m.kind()) {
            case RETYPE -> {
                Span s = pick(spans.values(), m.a());
                String[] others = OTHER_VALUES[(s.kind().ordinal() + 1 + m.n() % 5) % OTHER_VALUES.length];
                edits.add(new Edit(s.start(), s.end(), utf8(others[(int) (m.b() * others.length)])));
            }
            case COPY_VALUE -> copy(spans.values(), m, edits);
            case RENAME_KEY -> copy(spans.keys(), m, edits);
            case SWAP_IDS -> {
                Span x = pick(spans.ids(), m.a());
                Span y = pick(spans.ids(), m.b());
                if (x.start() != y.start()) {
                    edits.add(new Edit(x.start(), x.end(), Arrays.copyOfRange(sample, y.start(), y.end())));
                    edits.add(new Edit(y.start(), y.end(), Arrays.copyOfRange(sample, x.start(), x.end())));
                }
            }
            case COPY_ID -> copy(spans.ids(), m, edits);
            default -> {
                Span s = pick(m.n() % 2 == 0 ? spans.strings() : spans.values(), m.a());
                edits.add(new Edit(s.start(), s.end(), huge(HUGE[(int) (m.b() * HUGE.length)], m.n())));
            }
        }
    }

    /** One span of {@code from} (picked by {@code a}) replaced by another (picked by {@code b}). */
    private void copy(List<Span> from, Mutation m, List<Edit> edits) {
        Span x = pick(from, m.a());
        Span y = pick(from, m.b());
        edits.add(new Edit(x.start(), x.end(), Arrays.copyOfRange(sample, y.start(), y.end())));
    }

    private static byte[] huge(int length, int choice) {
        String piece = HUGE_PIECES[choice % HUGE_PIECES.length];
        StringBuilder sb = new StringBuilder(length + 8).append('"');
        // An escape is one character of the string read: the string has `length` characters.
        sb.append(piece.repeat(length));
        return utf8(sb.append('"').toString());
    }

    private static byte[] bytes(byte[] in, Mutation m) {
        if (in.length == 0) {
            return in;
        }
        int at = Math.min(in.length - 1, (int) (m.a() * in.length));
        int length = 1 + (int) (m.b() * Math.min(2_000, in.length - at));
        int end = Math.min(in.length, at + length);
        return switch (m.kind()) {
            case FLIP -> {
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << (m.n() & 7));
                yield out;
            }
            case CUT -> Arrays.copyOf(in, at);
            case DELETE -> apply(in, List.of(new Edit(at, end, new byte[0])));
            default -> {
                byte[] span = Arrays.copyOfRange(in, at, end);
                int times = 1 + m.n() % 20;
                byte[] repeated = new byte[span.length * (times + 1)];
                for (int i = 0; i <= times; i++) {
                    System.arraycopy(span, 0, repeated, i * span.length, span.length);
                }
                yield apply(in, List.of(new Edit(at, end, repeated)));
            }
        };
    }

    /** The bytes with the edits that do not overlap an earlier one applied. */
    private static byte[] apply(byte[] in, List<Edit> edits) {
        List<Edit> kept = new ArrayList<>();
        for (Edit e : edits) {
            if (kept.stream().noneMatch(k -> e.start() < k.end() && k.start() < e.end())) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(Edit::start));
        int length = in.length;
        for (Edit e : kept) {
            length += e.with().length - (e.end() - e.start());
        }
        byte[] out = new byte[length];
        int from = 0;
        int to = 0;
        for (Edit e : kept) {
            System.arraycopy(in, from, out, to, e.start() - from);
            to += e.start() - from;
            System.arraycopy(e.with(), 0, out, to, e.with().length);
            to += e.with().length;
            from = e.end();
        }
        System.arraycopy(in, from, out, to, in.length - from);
        return out;
    }

    private static Span pick(List<Span> list, double fraction) {
        return list.get(Math.min(list.size() - 1, (int) (fraction * list.size())));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
