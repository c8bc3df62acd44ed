package org.modesign.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into one sentence a person understands, starting with the line and
 * column: {@code line 12, column 5: unexpected character '}'; expected a key in double quotes}.
 */
final class SyntaxMessages {

    private record Rule(Pattern pattern, Function<Matcher, String> sentence) {
    }

    private static final String A_VALUE = "a value (a string in double quotes, a number, an object, an array,"
            + " true, false or null)";

    private static final List<Rule> RULES = List.of(
            rule("Unexpected end-of-input in (VALUE_STRING|FIELD_NAME).*", m -> "the file ends inside a string"),
            rule("Unexpected end-of-input.*", m -> "the file ends before the JSON is complete"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "control character " + m.group(1) + " must be written as an escape inside a string"),
            rule(".*\\(CTRL-CHAR, code (\\d+)\\).*", m -> "unexpected control character " + m.group(1)),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\) in numeric value.*",
                    m -> "unexpected character '" + m.group(1) + "' in a number"),
            rule("Unexpected character \\('(.+)' \\(code \\d+\\)\\):? ?(.*)",
                    m -> "unexpected character '" + m.group(1) + "'" + expectation(m.group(2))),
            rule("Unrecognized token '(.*)': was expecting.*",
                    m -> "unexpected text '" + m.group(1) + "'; expected " + A_VALUE),
            rule("Non-standard token '(.*)'.*", m -> m.group(1) + " is not a number JSON allows"),
            rule("Unrecognized character escape '(.+)' \\(code \\d+\\).*",
                    m -> "'\\" + m.group(1) + "' is not a valid escape in a string"),
            rule("Unexpected close marker '(.)': expected '(.)'.*",
                    m -> "unexpected '" + m.group(1) + "' where '" + m.group(2) + "' should close what is open"),
            rule("Unexpected close marker '(.)'.*", m -> "unexpected '" + m.group(1) + "' with nothing open to close"),
            rule("Invalid UTF-8.*", m -> "the file is not valid UTF-8 text"),
            rule("Invalid numeric value: (.*)", m -> "invalid number: " + lowerFirst(m.group(1))));

    private SyntaxMessages() {
    }

    /** The sentence for a parse error, with its line and column. */
    static String of(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(original);
            if (m.matches()) {
                return at(e.getLocation()) + rule.sentence().apply(m);
            }
        }
        return at(e.getLocation()) + "the JSON is not valid: " + firstClause(original);
    }

    /** {@code "line 12, column 5: "}, or nothing when the place is unknown. */
    static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String expectation(String rest) {
        if (rest.startsWith("was expecting double-quote")) {
            return "; expected a key in double quotes";
        } else if (rest.startsWith("was expecting a colon")) {
            return "; expected ':' after the key";
        } else if (rest.startsWith("was expecting comma to separate Object")) {
            return "; expected ',' or '}'";
        } else if (rest.startsWith("was expecting comma to separate Array")) {
            return "; expected ',' or ']'";
        } else if (rest.startsWith("maybe a (non-standard) comment")) {
            return "; JSON does not allow comments";
        } else if (rest.startsWith("expected a valid value")) {
            return "; expected " + A_VALUE;
        }
        return "";
    }

    /** The message up to its first line break or reference to the source. */
    private static String firstClause(String message) {
        String text = message.lines().findFirst().orElse("");
        int source = text.indexOf(" (for ");
        if (source < 0) {
            source = text.indexOf(" at [Source");
        }
        return lowerFirst(source < 0 ? text : text.substring(0, source));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static Rule rule(String regex, Function<Matcher, String> sentence) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), sentence);
    }
}
