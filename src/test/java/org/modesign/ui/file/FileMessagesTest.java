package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modesign.ui.I18n;

/** Every message key the file classes name is in the bundle (else the user would read "!key!"). */
class FileMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/modesign/ui/file");
    /** String literals that look like keys; file names and system properties are not. */
    private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    private static final Set<String> NOT_KEYS = Set.of("user.home");

    @Test
    void everyKeyIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            Matcher m = KEY.matcher(Files.readString(source));
            while (m.find()) {
                if (!NOT_KEYS.contains(m.group(1)) && !I18n.has(m.group(1))) {
                    missing.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing, "add these keys to messages.properties");
    }
}
