package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;

/**
 * Answers one of the charter's three readiness tests, with a note ({@code ""} or null for none),
 * or clears its answer and note ({@code answer} null). An answered test keeps its place; a newly
 * answered one goes in the order of the tests (need, technology, revenue), so each test is
 * answered at most once.
 */
public record SetReadiness(ReadinessTest test, ReadinessAnswer answer, String note) implements EditCommand {

    public SetReadiness {
        Objects.requireNonNull(test, "test");
    }

    /** Clears the answer of {@code test}. */
    public static SetReadiness clear(ReadinessTest test) {
        return new SetReadiness(test, null, null);
    }

    @Override
    public EditText text() {
        return EditText.of(answer == null ? EditKey.CLEAR_READINESS : EditKey.ANSWER_READINESS);
    }

    @Override
    public Design apply(Design design) {
        List<Readiness> answers = new ArrayList<>(design.charter().readiness());
        int at = indexOf(answers, test);
        if (answer == null) {
            if (at < 0) {
                return design;
            }
            answers.remove(at);
        } else {
            Readiness answered = new Readiness(test, answer, Rules.text(note));
            if (at >= 0) {
                answers.set(at, answered);
            } else {
                answers.add(insertionPoint(answers), answered);
            }
        }
        return design.withCharter(design.charter().withReadiness(answers));
    }

    static int indexOf(List<Readiness> answers, ReadinessTest test) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).test() == test) {
                return i;
            }
        }
        return -1;
    }

    /** Before the first answer to a later test. */
    private int insertionPoint(List<Readiness> answers) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).test().compareTo(test) > 0) {
                return i;
            }
        }
        return answers.size();
    }
}
