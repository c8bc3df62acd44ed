package org.modesign.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Field;
import org.modesign.text.Patterns;
import org.modesign.ui.i18n.I18n;

/**
 * The column → field chooser above the import preview: each column of the file with its header, a
 * few of its values (in the tooltip) and the field it gives, which the user may change ("not used"
 * leaves the column out). A column whose field was guessed from its values is marked. Choosing a
 * field another column had takes it from that column. Each change is handed to {@code onChange}.
 */
final class MappingChooser {

    /** Values of a column shown in its tooltip. */
    private static final int SAMPLES = 3;
    private static final double COLUMN_WIDTH = 176;

    private final FlowPane pane = new FlowPane(10, 8);
    private final List<ComboBox<FieldItem>> boxes = new ArrayList<>();
    private final List<Tooltip> tips = new ArrayList<>();
    private final List<List<String>> sample;
    private final Consumer<ColumnMapping> onChange;
    private ColumnMapping mapping;
    private boolean updating;

    /** One entry of a box: a field, or none for "not used". */
    record FieldItem(Field field) {

        @Override
        public String toString() {
            return field == null ? I18n.tr("import.mapping.unused") : fieldName(field);
        }
    }

    MappingChooser(ColumnMapping mapping, List<List<String>> sample, Consumer<ColumnMapping> onChange) {
        this.mapping = mapping;
        this.sample = sample;
        this.onChange = onChange;
        pane.setId("import-mapping");
        List<FieldItem> items = new ArrayList<>();
        items.add(new FieldItem(null));
        for (Field field : Field.values()) {
            items.add(new FieldItem(field));
        }
        for (int i = 0; i < mapping.width(); i++) {
            pane.getChildren().add(column(i, items));
        }
        show(mapping);
    }

    FlowPane node() {
        return pane;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    /** The field's name as a chooser shows it: "Title", "Weekly hours", "职位名称". */
    static String fieldName(Field field) {
        String name = Patterns.format(field, List.of(), I18n.bundle(), (arg, bundle) -> arg);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(I18n.bundle().getLocale()) + name.substring(1);
    }

    private VBox column(int index, List<FieldItem> items) {
        String header = mapping.headers().get(index).strip();
        Label title = new Label(header.isEmpty() ? I18n.tr("import.mapping.blank") : header);
        title.getStyleClass().add("text-bold");
        title.setMaxWidth(COLUMN_WIDTH);
        ComboBox<FieldItem> box = new ComboBox<>();
        box.setId("import-map-" + index);
        title.setLabelFor(box);
        box.getItems().setAll(items);
        box.setPrefWidth(COLUMN_WIDTH);
        box.setVisibleRowCount(12);
        box.setButtonCell(new Cell());
        box.setCellFactory(list -> new Cell());
        box.valueProperty().addListener((o, before, now) -> chosen(index, now));
        boxes.add(box);
        VBox column = new VBox(2, title, box);
        Tooltip tip = new Tooltip();
        tips.add(tip);
        Tooltip.install(column, tip);
        return column;
    }

    private void chosen(int index, FieldItem item) {
        if (updating || item == null || item.field() == mapping.field(index)) {
            return;
        }
        mapping = mapping.with(index, item.field());
        show(mapping);
        onChange.accept(mapping);
    }

    /** Sets every box to the mapping's field, marking guessed ones, without reporting a change. */
    private void show(ColumnMapping shown) {
        updating = true;
        try {
            for (int i = 0; i < boxes.size(); i++) {
                ComboBox<FieldItem> box = boxes.get(i);
                Field field = shown.field(i);
                box.getSelectionModel().select(box.getItems().stream().filter(f -> f.field() == field).findFirst()
                        .orElse(null));
                boolean guessed = shown.how(i) == ColumnMapping.How.VALUES;
                ((Label) ((VBox) box.getParent()).getChildren().get(0))
                        .setGraphic(guessed ? new FontIcon("mdi2l-lightbulb-on-outline") : null);
                tips.get(i).setText(tip(shown, i));
            }
        } finally {
            updating = false;
        }
    }

    private String tip(ColumnMapping shown, int index) {
        List<String> values = new ArrayList<>();
        for (List<String> row : sample) {
            String value = index < row.size() ? row.get(index).strip() : "";
            if (!value.isEmpty() && !values.contains(value)) {
                values.add(value);
                if (values.size() == SAMPLES) {
                    break;
                }
            }
        }
        String how = I18n.tr(switch (shown.how(index)) {
            case HEADER -> "import.mapping.how.header";
            case VALUES -> "import.mapping.how.values";
            case CHOSEN -> "import.mapping.how.chosen";
            case NONE -> "import.mapping.how.none";
        });
        return how + "\n" + I18n.tr("import.mapping.samples", String.join(", ", values));
    }

    private static final class Cell extends ListCell<FieldItem> {

        @Override
        protected void updateItem(FieldItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }
    }
}
