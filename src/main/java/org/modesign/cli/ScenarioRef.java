package org.modesign.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command-line reference {@code FILE[#SCENARIO]}. A '#' belongs to the file name when the whole
 * text names an existing file; otherwise the part after the last '#' is the scenario id.
 */
record ScenarioRef(Path file, String scenario) {

    static ScenarioRef parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash < 0 || Files.exists(Path.of(text))) {
            return new ScenarioRef(Path.of(text), null);
        }
        String id = text.substring(hash + 1);
        return new ScenarioRef(Path.of(text.substring(0, hash)), id.isEmpty() ? null : id);
    }
}
