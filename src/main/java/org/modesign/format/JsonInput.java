package org.modesign.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Coded;

/**
 * Typed reading of the value the parser is on, with every mismatch reported at its path. A
 * reader returns the value, or a fallback when the value has the wrong type (the mismatch is
 * logged and the value skipped), so that reading goes on and finds every problem.
 */
final class JsonInput {

    /** Reads one element of an array, with the parser on the element's first token. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonPath at) throws IOException;
    }

    private final JsonParser parser;
    private final ProblemLog log;

    JsonInput(JsonParser parser, ProblemLog log) {
        this.parser = parser;
        this.log = log;
    }

    ProblemLog log() {
        return log;
    }

    /** Skips the value the parser is on. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    /** The string value, or null when the value is not a string. */
    String string(Where path) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        mismatch(path, "a string");
        return null;
    }

    /** The number value (any JSON number), or {@code fallback} when it is not a finite number. */
    double number(Where path, double fallback) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            mismatch(path, "a number");
            return fallback;
        }
        double value = parser.getDoubleValue();
        if (Double.isInfinite(value)) {
            log.add(path.path(), "the number " + parser.getText() + " is too large");
            return fallback;
        }
        return value;
    }

    /** The boolean value, or null when the value is not {@code true} or {@code false} (reported). */
    Boolean bool(Where path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        mismatch(path, "true or false");
        return null;
    }

    /** The whole-number value that fits an {@code int}, or {@code fallback}. */
    int wholeNumber(Where path, int fallback) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (token.isNumeric()) {
            log.add(path.path(), "expected a whole number, found " + parser.getText());
        } else {
            mismatch(path, "a whole number");
        }
        return fallback;
    }

    /** The enumeration constant whose code is the string value, or null (reported). */
    <E extends Enum<E> & Coded> E code(Where path, Codes<E> codes) throws IOException {
        String text = string(path);
        if (text == null) {
            return null;
        }
        E value = codes.parse(text);
        if (value == null) {
            log.add(path.path(), "unknown value " + Messages.quote(text) + "; use one of " + codes.all());
        }
        return value;
    }

    /** An array of ids; an element that is not a string becomes a stand-in, so indexes stay. */
    List<String> ids(Where path) throws IOException {
        return list(path, at -> {
            String id = string(at);
            return id == null ? at.placeholder() : id;
        });
    }

    /** The array value read element by element; empty when it is not an array (reported). */
    <T> List<T> list(Where path, ElementReader<T> reader) throws IOException {
        List<T> list = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            mismatch(path, "an array");
            return list;
        }
        JsonPath array = path.path();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            list.add(reader.read(array.index(i)));
        }
        return list;
    }

    /** The members of the object value; none when the value is not an object (reported). */
    Members object(Where path, ObjectKeys keys) throws IOException {
        boolean object = parser.currentToken() == JsonToken.START_OBJECT;
        if (!object) {
            mismatch(path, "an object");
        }
        return new Members(parser, log, path.path(), keys, object);
    }

    /** {@code id}, or when it could not be read a stand-in unique to the {@code key} of {@code object}. */
    static String orPlaceholder(String id, JsonPath object, String key) {
        return id == null ? object.key(key).placeholder() : id;
    }

    private void mismatch(Where path, String expected) throws IOException {
        log.add(path.path(), "expected " + expected + ", found " + Messages.describe(parser.currentToken()));
        parser.skipChildren();
    }
}
