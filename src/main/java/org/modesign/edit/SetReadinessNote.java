package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessTest;

/** Sets the note of an answered readiness test ({@code ""} or null for none); an unanswered test is refused. */
public record SetReadinessNote(ReadinessTest test, String note) implements EditCommand {

    public SetReadinessNote {
        Objects.requireNonNull(test, "test");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_READINESS_NOTE);
    }

    @Override
    public Design apply(Design design) {
        List<Readiness> answers = design.charter().readiness();
        int at = SetReadiness.indexOf(answers, test);
        if (at < 0) {
            throw EditRejected.of(EditKey.NOT_ANSWERED, test.code());
        }
        Readiness before = answers.get(at);
        String text = Rules.text(note);
        return text.equals(before.note()) ? design : design.withCharter(design.charter().withReadiness(
                Catalogue.replaced(answers, at, new Readiness(test, before.answer(), text))));
    }
}
