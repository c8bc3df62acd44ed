package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Coded;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Sourcing;
import org.modesign.ui.I18n;

/** Every text the inspector shows is in the bundle: the keys in its code and every enumeration name. */
class InspectorMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/modesign/ui/inspector");
    private static final Pattern KEY = Pattern.compile(
            "\"((?:inspector|region|archetype|office|sourcing|style|raci)\\.[A-Za-z.-]+)\"");

    @Test
    void everyKeyInTheInspectorsCodeIsInTheBundle() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!I18n.has(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(found > 30, "the key pattern finds the inspector's keys");
        assertEquals(new TreeSet<>(), missing, "add these keys to messages.properties");
    }

    @Test
    void everyEnumerationValueHasAName() {
        List<String> missing = new ArrayList<>();
        List<Coded> values = new ArrayList<>();
        values.addAll(List.of(Archetype.values()));
        values.addAll(List.of(Office.values()));
        values.addAll(List.of(Sourcing.values()));
        values.addAll(List.of(LineStyle.values()));
        values.addAll(List.of(Raci.values()));
        for (Coded value : values) {
            if (!I18n.has(Names.key(value))) {
                missing.add(Names.key(value));
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("In-house", Names.of(Sourcing.IN_HOUSE));
        assertEquals("R — Responsible", Names.of(Raci.R));
    }
}
