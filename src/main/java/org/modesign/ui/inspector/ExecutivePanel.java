package org.modesign.ui.inspector;

import java.util.List;
import org.modesign.edit.Rename;
import org.modesign.edit.SetOffice;
import org.modesign.model.Office;
import org.modesign.ui.form.Edits;
import org.modesign.ui.form.Names;

/** One executive: its title and office, the teams it also serves on, and its responsibilities. */
final class ExecutivePanel extends Panel<Subject.OneExecutive> {

    private final TextEntry<String> title;
    private final Choice<Office> office;
    private final AlsoInEditor alsoIn;
    private final ResponsibilitiesEditor responsibilities;

    ExecutivePanel(Edits edits) {
        super(Subject.OneExecutive.class, edits);
        form.section("inspector.section.executive");
        title = track(TextEntry.ofText("inspector-title",
                text -> submit(new Rename(subject().scenario(), id(), text))));
        form.row("inspector.field.title", title);
        office = new Choice<>("inspector-office", Names::of,
                value -> submit(new SetOffice(subject().scenario(), id(), value)));
        office.setItems(List.of(Office.values()));
        form.row("inspector.field.office", office);
        alsoIn = new AlsoInEditor(edits);
        form.row("inspector.field.alsoIn", alsoIn.view(), null);
        form.section("inspector.section.responsibilities");
        responsibilities = new ResponsibilitiesEditor(edits);
        form.add(responsibilities.view());
    }

    private String id() {
        return subject().executive().id();
    }

    @Override
    protected void show(Subject.OneExecutive next) {
        title.show(next.executive().title());
        office.show(next.executive().office());
        edits().context().document().design().scenario(next.scenario())
                .ifPresent(s -> alsoIn.show(s, next.executive()));
        responsibilities.show(next.scenario(), next.executive(), next.vocabulary());
    }
}
