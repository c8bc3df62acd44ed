package org.modesign.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.modesign.ui.i18n.I18n;

/**
 * The region drop-down of teams and roles: {@code global} and the declared regions by name, led
 * for roles by "inherited" (no region of its own: the team's, else global).
 */
final class RegionField {

    private final Choice<Option> choice;
    private Vocabulary vocabulary;
    private boolean inheritable;
    private List<Option> options = List.of();

    /** {@code send} applies a region id (null: inherited); the reason when that was refused. */
    RegionField(Function<String, Optional<String>> send) {
        choice = new Choice<>("inspector-region", Option::label, option -> send.apply(option.value()));
    }

    Choice<Option> choice() {
        return choice;
    }

    /**
     * Shows {@code region} (null: inherited, or mixed when {@code mixed}); {@code inheritable}
     * offers the inherited entry.
     */
    void show(String region, boolean mixed, Vocabulary newVocabulary, boolean newInheritable) {
        if (!newVocabulary.equals(vocabulary) || newInheritable != inheritable) {
            vocabulary = newVocabulary;
            inheritable = newInheritable;
            options = vocabulary.regionOptions(inheritable ? I18n.tr("inspector.region.inherit") : null);
            choice.setItems(options);
        }
        choice.show(mixed ? null : Option.find(options, region));
    }
}
