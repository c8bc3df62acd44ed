package org.modesign.ui.plan;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.modesign.edit.AddRegion;
import org.modesign.edit.RemoveRegion;
import org.modesign.edit.RenameRegion;
import org.modesign.model.Design;
import org.modesign.model.Region;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.form.ItemTable;
import org.modesign.ui.form.TableButtons;
import org.modesign.ui.form.PaneEdits;

/** The declared regions as a table: names edited in place, and buttons to add, rename and remove. */
final class RegionsPane extends BorderPane {

    private final PaneEdits edits;
    private final ItemTable<Region> table = new ItemTable<>("plan-regions", Region::id);
    private final TableColumn<Region, String> names;

    RegionsPane(PaneEdits edits) {
        this.edits = edits;
        names = table.nameColumn(I18n.tr("plan.column.name"), Region::name,
                (r, name) -> edits.submit(new RenameRegion(r.id(), name)));
        names.setPrefWidth(300);
        table.textColumn(I18n.tr("plan.column.id"), Region::id).setPrefWidth(200);
        HBox buttons = new HBox(8,
                TableButtons.of("plan-region-add", "plan.button.add", "mdi2p-plus", this::add),
                TableButtons.forSelection(table, "plan-region-rename", "plan.button.rename", "mdi2p-pencil",
                        () -> table.editSelected(names)),
                TableButtons.forSelection(table, "plan-region-remove", "plan.button.remove", "mdi2m-minus",
                        this::remove));
        Label hint = new Label(I18n.tr("plan.regions.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        setTop(hint);
        BorderPane.setMargin(hint, new Insets(0, 0, 8, 0));
        setCenter(table);
        setBottom(new VBox(8, buttons, edits.message()));
        BorderPane.setMargin(getBottom(), new Insets(8, 0, 0, 0));
    }

    /** Shows the regions of {@code design}. */
    void show(Design design) {
        table.show(design.regions());
    }

    private Design design() {
        return edits.context().document().design();
    }

    private void add() {
        AddRegion add = AddRegion.named(design(), I18n.tr("plan.region.newName"));
        if (edits.submit(add)) {
            table.select(add.region().id());
            table.editSelected(names);
        }
    }

    private void remove() {
        String id = table.selectedId();
        edits.remove(new RemoveRegion(id, false), new RemoveRegion(id, true),
                I18n.tr("plan.region.remove.title"), I18n.tr("plan.region.remove.question"));
    }
}
