package org.modesign.merge;

import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Coded;
import org.modesign.model.FteChange;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.StackEntry;

/** Values of the model for people (one line of text) and for JSON (plain maps, lists, strings, numbers). */
public final class Values {

    /** Lists longer than this are cut short in text. */
    private static final int LIST_TEXT_LIMIT = 12;

    private Values() {
    }

    /**
     * {@code value} in one line: strings quoted, numbers without ".0", codes of enums, {@code none}
     * for none; a long list cut short after its first elements.
     */
    public static String text(Object value) {
        return text(value, LIST_TEXT_LIMIT);
    }

    /** {@code value} in one line as {@link #text(Object)}, every element of a list included. */
    public static String fullText(Object value) {
        return text(value, Integer.MAX_VALUE);
    }

    private static String text(Object value, int listLimit) {
        if (value == null) {
            return "none";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        if (value instanceof Node n) {
            return n.type().code() + " " + n.id() + " " + quote(n.label());
        }
        if (value instanceof Responsibility r) {
            return r.capability() + " " + r.raci().code() + span(r.from(), r.to());
        }
        if (value instanceof FteChange c) {
            return c.phase() + ": " + number(c.fte());
        }
        if (value instanceof Line l) {
            return l.from() + " -> " + l.to() + " " + l.style().code();
        }
        if (value instanceof StackEntry e) {
            return e.tool() + "@" + e.region() + (e.owner() == null ? "" : " owned by " + e.owner())
                    + span(e.from(), e.to());
        }
        if (value instanceof List<?> list) {
            return list(list, listLimit);
        }
        return String.valueOf(value);
    }

    private static String list(List<?> list, int limit) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(list.size(), limit); i++) {
            sb.append(i == 0 ? "" : ", ").append(list.get(i) instanceof String s ? s : text(list.get(i)));
        }
        if (list.size() > limit) {
            sb.append(", … (").append(list.size()).append(" in all)");
        }
        return sb.append(']').toString();
    }

    private static String span(String from, String to) {
        if (from == null && to == null) {
            return "";
        }
        return " " + (from == null ? "first" : from) + ".." + (to == null ? "last" : to);
    }

    /** {@code d} without ".0" when it is whole, never in exponent notation. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** {@code s} in double quotes, with quotes, backslashes and line breaks escaped, so it stays one line. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * {@code value} for JSON: strings, numbers, booleans and null as they are, codes of enums, lists
     * of plain values, and records (a node, a letter, a deployment) as maps of their components,
     * leaving out those that are absent.
     */
    public static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.forEach(v -> plain.add(plain(v)));
            return plain;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(k instanceof Coded c ? c.code() : String.valueOf(k), plain(v)));
            return plain;
        }
        if (value.getClass().isRecord()) {
            return record(value);
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> record(Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (value instanceof Node n) {
            map.put("type", n.type().code());
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                if (v != null) {
                    map.put(c.getName(), plain(v));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + value.getClass(), e);
            }
        }
        return map;
    }
}
