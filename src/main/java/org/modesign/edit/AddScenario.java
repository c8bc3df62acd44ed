package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;

/** Adds an empty scenario at the end. Its id must be valid and unused; {@link #named} makes one. */
public record AddScenario(String id, String name, Strategy strategy) implements EditCommand {

    public AddScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
    }

    /** A new empty scenario with a fresh id made from its name. */
    public static AddScenario named(Design design, String name, Strategy strategy) {
        return new AddScenario(freshId(design, name), name, strategy);
    }

    /** A scenario id, unused in {@code design}, made from {@code text}. */
    static String freshId(Design design, String text) {
        List<String> taken = new ArrayList<>();
        for (Scenario scenario : design.scenarios()) {
            taken.add(scenario.id());
        }
        return new FreshIds(taken).next(text);
    }

    /** Refuses an invalid id or one another scenario has. */
    static void requireNewId(Design design, String id) {
        Rules.id(id);
        if (design.scenarioIndex(id) >= 0) {
            throw EditRejected.of(EditKey.DUPLICATE_ID, id);
        }
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_SCENARIO);
    }

    @Override
    public Design apply(Design design) {
        requireNewId(design, id);
        List<Scenario> scenarios = new ArrayList<>(design.scenarios());
        scenarios.add(new Scenario(id, Rules.name(name), strategy, List.of(), List.of()));
        return design.withScenarios(scenarios);
    }
}
