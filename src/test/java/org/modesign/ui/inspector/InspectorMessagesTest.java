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
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/** Every enumeration value the inspector shows has a name in the bundle. */
class InspectorMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/modesign/ui/inspector");
    private static final Pattern KEY = Pattern.compile(
            "\"((?:inspector|region|archetype|office|sourcing|style|raci)\\.[A-Za-z.-]+)\"");

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
