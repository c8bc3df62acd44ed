package org.modesign.ui.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.modesign.importer.LocationMatch;
import org.modesign.ui.i18n.I18n;

/**
 * The import dialog's table of the locations the file names and the region each goes to, as the
 * location table found it (countries by continent, the design's own regions by name). A region can
 * be chosen from the design's regions or typed (a new region's name; blank for none); {@code onChange}
 * gets the location and the region chosen, and the dialog previews again. Expanded when some location
 * has no region, folded otherwise.
 */
final class LocationTable {

    /** Rows shown before the table scrolls. */
    private static final int ROWS_SHOWN = 6;
    private static final double ROW_HEIGHT = 26;
    /** The column headers' height and the table's border. */
    private static final double HEADER_HEIGHT = 40;

    private final TableView<LocationMatch> table = new TableView<>();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final TitledPane pane = new TitledPane();

    LocationTable(List<String> designRegions, BiConsumer<String, String> onChange) {
        table.setId("import-locations");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.tr("import.locations.none")));
        table.setFixedCellSize(ROW_HEIGHT);
        regions.setAll(designRegions);
        TableColumn<LocationMatch, String> location = new TableColumn<>(I18n.tr("import.locations.location"));
        location.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().location()));
        location.setEditable(false);
        TableColumn<LocationMatch, String> region = new TableColumn<>(I18n.tr("import.locations.region"));
        region.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().region() == null ? "" : c.getValue().region()));
        region.setCellFactory(c -> {
            ComboBoxTableCell<LocationMatch, String> cell = new ComboBoxTableCell<>(new DefaultStringConverter(),
                    regions);
            cell.setComboBoxEditable(true);
            return cell;
        });
        region.setOnEditCommit(e -> {
            String chosen = e.getNewValue() == null ? "" : e.getNewValue().strip();
            String before = e.getRowValue().region() == null ? "" : e.getRowValue().region();
            if (!chosen.equals(before)) {
                onChange.accept(e.getRowValue().location(), chosen);
            }
        });
        table.getColumns().add(location);
        table.getColumns().add(region);
        pane.setContent(table);
        pane.setId("import-locations-pane");
    }

    /** The folding pane that holds the table. */
    TitledPane node() {
        return pane;
    }

    /** Shows {@code matches}, those without a region first: the pane's title says how many locations there are and how many have no region. */
    void show(List<LocationMatch> matches) {
        List<LocationMatch> unknownFirst = new java.util.ArrayList<>(matches);
        unknownFirst.sort(java.util.Comparator.comparing(m -> m.region() != null)); // stable: file order within
        table.getItems().setAll(unknownFirst);
        Set<String> names = new LinkedHashSet<>(regions);
        long unknown = 0;
        for (LocationMatch match : matches) {
            if (match.region() == null) {
                unknown++;
            } else {
                names.add(match.region());
            }
        }
        regions.setAll(names);
        table.setPrefHeight(ROW_HEIGHT * Math.min(ROWS_SHOWN, Math.max(1, matches.size())) + HEADER_HEIGHT);
        pane.setText(unknown == 0 ? I18n.tr("import.locations.title", matches.size())
                : I18n.tr("import.locations.titleUnknown", matches.size(), unknown));
        table.setMinHeight(table.getPrefHeight());
    }
}
