package org.modesign.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Problem;

/**
 * The {@code format} and {@code version} keys. They decide whether the rest of the file can be
 * understood at all: when one is wrong, only its problem is reported.
 */
final class VersionKeys {

    /** The file format versions this build reads. */
    static final List<Integer> KNOWN_VERSIONS = List.of(Design.VERSION, Design.MAX_VERSION);

    private JsonToken formatToken;
    private String format;
    private JsonToken versionToken;
    private String versionText;
    private boolean knownVersion;
    private int version;

    /** Takes the value of {@code format}, the parser being on it. */
    void readFormat(JsonParser parser) throws IOException {
        formatToken = parser.currentToken();
        format = formatToken == JsonToken.VALUE_STRING ? parser.getText() : null;
        parser.skipChildren();
    }

    /** Takes the value of {@code version}, the parser being on it. */
    void readVersion(JsonParser parser) throws IOException {
        versionToken = parser.currentToken();
        if (versionToken.isNumeric()) {
            versionText = parser.getText();
            knownVersion = versionToken == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT
                    && KNOWN_VERSIONS.contains(parser.getIntValue());
            version = knownVersion ? parser.getIntValue() : 0;
        }
        parser.skipChildren();
    }

    /** The file's version when it is one this build reads, else 0. */
    int version() {
        return version;
    }

    /** What makes the file unreadable as a design of a known version; empty when nothing does. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!Design.FORMAT.equals(format)) {
            String found = formatToken == null ? "the key \"format\" is missing"
                    : format == null ? "\"format\" must be \"modesign\", not " + Messages.describe(formatToken)
                    : "\"format\" is " + Messages.quote(format) + ", not \"modesign\"";
            problems.add(new Problem("format", "this is not a MOdesign file: " + found));
        } else if (!knownVersion) {
            String found = versionToken == null ? "the required key \"version\" is missing"
                    : versionText == null ? "expected a number, found " + Messages.describe(versionToken)
                    : "version " + versionText + " is not known to this program";
            problems.add(new Problem("version", found + "; it reads " + versions()));
        }
        return problems;
    }

    /** "version 1", "versions 1 and 2", "versions 1, 2 and 3". */
    private static String versions() {
        List<String> known = KNOWN_VERSIONS.stream().map(String::valueOf).toList();
        if (known.size() == 1) {
            return "version " + known.get(0);
        }
        int last = known.size() - 1;
        return "versions " + String.join(", ", known.subList(0, last)) + " and " + known.get(last);
    }
}
