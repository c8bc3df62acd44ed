package org.modesign.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.modesign.ui.i18n.I18n;

/**
 * The "active from" and "active until" drop-downs of a team or role. The empty entries stand for
 * the first and the last phase. A range that would start after it ends is refused at the field
 * that was changed, and the design keeps its range.
 */
final class PhaseRange {

    private final Choice<Option> from;
    private final Choice<Option> to;
    private Vocabulary vocabulary;
    private List<Option> fromOptions = List.of();
    private List<Option> toOptions = List.of();
    private String fromId;
    private String toId;

    /** Adds both fields to {@code form}; {@code send} applies a range (phase ids or null). */
    PhaseRange(Form form, BiFunction<String, String, Optional<String>> send) {
        from = new Choice<>("inspector-from", Option::label, option -> send.apply(option.value(), toId));
        to = new Choice<>("inspector-to", Option::label, option -> send.apply(fromId, option.value()));
        form.row("inspector.field.from", from);
        form.row("inspector.field.to", to);
    }

    /** Shows the range {@code newFrom}..{@code newTo} (null: first, last phase). */
    void show(String newFrom, String newTo, Vocabulary newVocabulary) {
        if (!newVocabulary.equals(vocabulary)) {
            vocabulary = newVocabulary;
            fromOptions = vocabulary.phaseOptions(I18n.tr("inspector.phase.first"));
            toOptions = vocabulary.phaseOptions(I18n.tr("inspector.phase.last"));
            from.setItems(fromOptions);
            to.setItems(toOptions);
        }
        fromId = newFrom;
        toId = newTo;
        from.show(Option.find(fromOptions, newFrom));
        to.show(Option.find(toOptions, newTo));
    }
}
