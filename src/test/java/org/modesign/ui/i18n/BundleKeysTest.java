package org.modesign.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modesign.edit.EditKey;
import org.modesign.render.KeyedChartLabels;
import org.modesign.stack.StackLabels;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.palette.PaletteItem;

/**
 * Every text the editor shows comes from the English bundle: the keys named in the editor's code,
 * the names of undo steps and refusals, the words painted on the chart, the actions and the
 * palette. Prints what to add when one is missing.
 */
class BundleKeysTest {

    private static final Path UI = Path.of("src/main/java/org/modesign/ui");
    private static final Path APP = Path.of("src/main/java/org/modesign/app");
    /** String literals shaped like keys ("area.name", "area.name.more"). */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z][a-zA-Z-]*)+)\"");
    /** Literals of that shape that are not keys: bundle, resource and file names, system properties. */
    private static final Set<String> NOT_KEYS = Set.of("org.modesign.ui.i18n.messages", "user.home", "modesign.css",
            "java.exe", "java.vm.version", "os.name", "glass.platform");

    @Test
    void everyKeyInTheEditorsCodeIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path source : sources()) {
            Matcher m = KEY.matcher(Files.readString(source));
            while (m.find()) {
                String key = m.group(1);
                if (NOT_KEYS.contains(key) || key.startsWith("org.") || key.startsWith("mdi2")
                        || key.startsWith("modesign.")) {
                    continue;
                }
                found++;
                if (!I18n.has(key)) {
                    missing.add(key + "=    (" + source.getFileName() + ")");
                }
            }
        }
        assertTrue(found > 100, "the key pattern finds the editor's keys: " + found);
        assertEquals(Set.of(), missing, "add these keys to messages.properties");
    }

    @Test
    void everyStepRefusalChartWordActionAndPaletteItemIsInTheBundle() {
        List<String> missing = new ArrayList<>();
        for (EditKey key : EditKey.values()) {
            check(key.bundleKey(), missing);
        }
        KeyedChartLabels.KEYS.forEach(key -> check(key, missing));
        StackLabels.KEYS.forEach(key -> check(key, missing));
        for (EditorAction action : EditorAction.values()) {
            check(action.key(), missing);
        }
        for (PaletteItem item : PaletteItem.values()) {
            check(item.labelKey(), missing);
            check(item.titleKey(), missing);
        }
        assertEquals(List.of(), missing, "add these keys to messages.properties");
    }

    @Test
    void noControlIsGivenHardCodedText() throws IOException {
        Pattern literal = Pattern.compile("(new (Label|Button|MenuItem|Menu|Tooltip|TitledPane|Tab|CheckBox"
                + "|RadioMenuItem|CheckMenuItem|RadioButton|ToggleButton|Hyperlink|Text|TableColumn(<[^>]*>)?)"
                + "|\\.set(Text|Title|HeaderText|PromptText|ContentText|AccessibleText))\\(\"[^\"]");
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            Matcher m = literal.matcher(Files.readString(source));
            while (m.find()) {
                found.add(source.getFileName() + ": " + m.group());
            }
        }
        assertEquals(List.of(), found, "user-visible text must come from the bundle (I18n.tr)");
    }

    @Test
    void theScanCoversEveryPackageOfTheEditor() throws IOException {
        Set<String> scanned = new TreeSet<>();
        for (Path source : sources()) {
            scanned.add(UI.relativize(source.getParent()).toString());
        }
        assertTrue(scanned.containsAll(List.of("shell", "base", "fx", "form", "i18n", "matrix", "compare", "export", "importer", "plan", "planview", "findings",
                "phase", "scenario", "language", "canvas", "inspector", "file", "palette")), scanned.toString());
    }

    private static void check(String key, List<String> missing) {
        if (!I18n.has(key)) {
            missing.add(key);
        }
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : List.of(UI, APP)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
            }
        }
        return all;
    }
}
