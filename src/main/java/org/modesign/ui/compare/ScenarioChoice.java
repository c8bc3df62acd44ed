package org.modesign.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.ui.i18n.I18n;

/**
 * One entry of a scenario picker: a scenario of the open design (looked up by id in its newest
 * version, {@code file} and {@code design} null), a scenario of a design read from another file,
 * or the entry that asks for such a file ({@link #OTHER_FILE}).
 */
record ScenarioChoice(Path file, Design design, String scenarioId, String name) {

    /** The "Other file…" entry. */
    static final ScenarioChoice OTHER_FILE = new ScenarioChoice(null, null, null, null);

    /** A scenario of the open design. */
    static ScenarioChoice open(Scenario scenario) {
        return new ScenarioChoice(null, null, scenario.id(), scenario.name());
    }

    /** A scenario of {@code design}, read from {@code file}. */
    static ScenarioChoice external(Path file, Design design, Scenario scenario) {
        return new ScenarioChoice(file, design, scenario.id(), scenario.name());
    }

    boolean isOtherFile() {
        return scenarioId == null;
    }

    /** The design this scenario belongs to, given the open one. */
    Design designGiven(Design open) {
        return design != null ? design : open;
    }

    /** The scenario, given the open design; empty when the open design no longer has it. */
    Optional<Scenario> scenarioGiven(Design open) {
        return designGiven(open).scenario(scenarioId);
    }

    /** Whether both entries name the same scenario of the same design (names may differ). */
    boolean sameScenario(ScenarioChoice other) {
        return other != null && design == other.design && Objects.equals(scenarioId, other.scenarioId);
    }

    /** What the picker shows: the scenario's name, with the file's name when it is another file's. */
    String label() {
        if (isOtherFile()) {
            return I18n.tr("compare.otherFile");
        }
        return file == null ? name : I18n.tr("compare.externalScenario", name, file.getFileName());
    }
}
