package org.modesign.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.edit.DeleteLines;
import org.modesign.edit.LineKey;
import org.modesign.edit.SetLineStyle;
import org.modesign.model.LineStyle;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/** One reporting line: its ends by title, its style, and a button that deletes it. */
final class LinePanel extends Panel<Subject.OneLine> {

    private final Label from = new Label();
    private final Label to = new Label();
    private final Choice<LineStyle> style;

    LinePanel(Edits edits) {
        super(Subject.OneLine.class, edits);
        form.section("inspector.section.line");
        from.setId("inspector-line-from");
        from.setWrapText(true);
        form.row("inspector.field.lineFrom", from, from);
        to.setId("inspector-line-to");
        to.setWrapText(true);
        form.row("inspector.field.lineTo", to, to);
        style = new Choice<>("inspector-line-style", Names::of,
                value -> submit(new SetLineStyle(subject().scenario(), key(), value)));
        style.setItems(List.of(LineStyle.values()));
        form.row("inspector.field.style", style);
        Button delete = new Button(I18n.tr("inspector.line.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("inspector-delete-line");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> delete());
        form.add(delete);
    }

    private LineKey key() {
        return LineKey.of(subject().line());
    }

    private void delete() {
        if (submit(new DeleteLines(subject().scenario(), Set.of(key()))).isEmpty()) {
            edits().context().selection().clear();
        }
    }

    @Override
    protected void show(Subject.OneLine next) {
        from.setText(next.fromLabel());
        to.setText(next.toLabel());
        style.show(next.line().style());
    }
}
