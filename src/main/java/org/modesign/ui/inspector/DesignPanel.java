package org.modesign.ui.inspector;

import javafx.scene.control.Label;
import org.modesign.edit.RenameDesign;
import org.modesign.edit.RenameScenario;
import org.modesign.ui.form.Edits;
import org.modesign.ui.i18n.I18n;

/** Nothing selected: the design's title and description, the scenario's name, and a hint. */
final class DesignPanel extends Panel<Subject.Nothing> {

    private final TextEntry<String> title;
    private final Label description;
    private final TextEntry<String> scenarioName;

    DesignPanel(Edits edits) {
        super(Subject.Nothing.class, edits);
        form.section("inspector.section.design");
        title = track(TextEntry.ofText("inspector-title", text -> submit(new RenameDesign(text))));
        form.row("inspector.field.title", title);
        description = new Label();
        description.setId("inspector-description");
        description.setWrapText(true);
        form.row("inspector.field.description", description, description);
        form.section("inspector.section.scenario");
        scenarioName = track(TextEntry.ofText("inspector-scenario-name",
                text -> submit(new RenameScenario(subject().scenario(), text))));
        form.row("inspector.field.name", scenarioName);
        form.note("inspector-hint").setText(I18n.tr("inspector.hint"));
    }

    @Override
    protected void show(Subject.Nothing next) {
        title.show(next.title());
        description.setText(next.description().isEmpty() ? I18n.tr("inspector.description.none") : next.description());
        scenarioName.show(next.scenarioName());
    }
}
