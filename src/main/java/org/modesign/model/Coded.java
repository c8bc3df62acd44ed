package org.modesign.model;

import java.util.Optional;

/** An enumeration value that is written in the file as a fixed lower-case code. */
public interface Coded {

    /** The code used in the file, e.g. {@code "per-region"}. */
    String code();

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The codes of all constants of {@code type}, joined for messages: {@code "a | b | c"}. */
    static <E extends Enum<E> & Coded> String allCodes(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(e.code());
        }
        return sb.toString();
    }
}
