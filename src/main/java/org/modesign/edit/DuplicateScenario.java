package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Copies a scenario (its cards keep their ids, which are unique per scenario) under a new id and
 * name, right after the original. {@link #of} makes the id from the name.
 */
public record DuplicateScenario(String source, String id, String name) implements EditCommand {

    public DuplicateScenario {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
    }

    /** A copy of {@code source} with a fresh id made from {@code name}. */
    public static DuplicateScenario of(Design design, String source, String name) {
        return new DuplicateScenario(source, AddScenario.freshId(design, name), name);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.DUPLICATE_SCENARIO);
    }

    @Override
    public Design apply(Design design) {
        int index = Scenarios.indexOf(design, source);
        AddScenario.requireNewId(design, id);
        Scenario original = design.scenarios().get(index);
        Rules.room(design, original.nodes().size());
        List<Scenario> scenarios = new ArrayList<>(design.scenarios());
        scenarios.add(index + 1, original.withId(id).withName(Rules.name(name)));
        return design.withScenarios(scenarios);
    }
}
