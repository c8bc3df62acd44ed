package org.modesign.ui.charter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import atlantafx.base.theme.Styles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.modesign.edit.SetReadiness;
import org.modesign.edit.SetReadinessNote;
import org.modesign.model.Charter;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.ui.base.ControlRefresh;
import org.modesign.ui.form.PaneEdits;
import org.modesign.ui.form.Picks;
import org.modesign.ui.i18n.I18n;

/**
 * The three readiness tests of the charter side by side, each with its answer (not answered, yes,
 * partly, no) and a note under it. Answering keeps the note; "not answered" clears answer and note; a note
 * needs an answer first.
 */
final class ReadinessPane extends VBox {

    /** What the drop-down offers: no answer, or one of the answers. */
    enum Choice {
        UNANSWERED(null),
        YES(ReadinessAnswer.YES),
        PARTLY(ReadinessAnswer.PARTLY),
        NO(ReadinessAnswer.NO);

        final ReadinessAnswer answer;

        Choice(ReadinessAnswer answer) {
            this.answer = answer;
        }

        static Choice of(ReadinessAnswer answer) {
            for (Choice c : values()) {
                if (c.answer == answer) {
                    return c;
                }
            }
            throw new IllegalArgumentException(String.valueOf(answer));
        }

        String label() {
            return I18n.tr(answer == null ? "charter.answer.unanswered" : "charter.answer." + answer.code());
        }
    }

    private final PaneEdits edits;
    private final ControlRefresh echoes = new ControlRefresh();
    private final Map<ReadinessTest, ComboBox<Choice>> answers = new EnumMap<>(ReadinessTest.class);
    private final Map<ReadinessTest, TextCommit> notes = new EnumMap<>(ReadinessTest.class);

    ReadinessPane(PaneEdits edits) {
        this.edits = edits;
        HBox tests = new HBox(16);
        for (ReadinessTest test : ReadinessTest.values()) {
            Label label = new Label(I18n.tr("charter.readiness." + test.code()));
            label.getStyleClass().add(Styles.TEXT_BOLD);
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            ComboBox<Choice> combo = combo(test);
            combo.setMinWidth(ComboBox.USE_PREF_SIZE); // its longest answer whole, at any text size
            TextCommit noteField = new TextCommit("charter-note-" + test.code(), 4,
                    text -> edits.submit(new SetReadinessNote(test, text)));
            label.setLabelFor(combo);
            org.modesign.ui.a11y.AccessibleNames.name(noteField.field(),
                    I18n.tr("a11y.charter.note", I18n.tr("charter.readiness." + test.code())));
            answers.put(test, combo);
            notes.put(test, noteField);
            VBox card = new VBox(6, label, combo, noteField.field());
            card.setPrefWidth(0);
            card.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(card, Priority.ALWAYS);
            tests.getChildren().add(card);
        }
        getChildren().addAll(tests, edits.message());
        setSpacing(6);
    }

    private ComboBox<Choice> combo(ReadinessTest test) {
        ComboBox<Choice> combo = new ComboBox<>();
        combo.setId("charter-answer-" + test.code());
        combo.getItems().setAll(List.of(Choice.values()));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public Choice fromString(String text) {
                throw new UnsupportedOperationException("a drop-down of fixed values reads no text");
            }
        });
        Picks.onPick(combo, echoes::muted, choice -> answer(test, choice));
        return combo;
    }

    private void answer(ReadinessTest test, Choice choice) {
        Optional<Readiness> now = answered(edits.context().document().design().charter(), test);
        if (choice == null || choice == Choice.of(now.map(Readiness::answer).orElse(null))) {
            return;
        }
        edits.submit(choice.answer == null ? SetReadiness.clear(test)
                : new SetReadiness(test, choice.answer, now.map(Readiness::note).orElse("")));
        show(edits.context().document().design().charter());
    }

    /** Shows the answers and notes of {@code charter}. */
    void show(Charter charter) {
        echoes.quietly(() -> {
            for (ReadinessTest test : ReadinessTest.values()) {
                Optional<Readiness> given = answered(charter, test);
                answers.get(test).setValue(Choice.of(given.map(Readiness::answer).orElse(null)));
                TextCommit note = notes.get(test);
                note.show(given.map(Readiness::note).orElse(""));
                note.field().setDisable(given.isEmpty());
                note.field().setPromptText(I18n.tr(given.isEmpty() ? "charter.note.unanswered" : "charter.note.prompt"));
            }
        });
    }

    private static Optional<Readiness> answered(Charter charter, ReadinessTest test) {
        return charter.readiness().stream().filter(r -> r.test() == test).findFirst();
    }
}
