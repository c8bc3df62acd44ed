package org.modesign.ui.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.importer.ImportMessage;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.ImportText;
import org.modesign.importer.PreviewRow;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Locations;
import org.modesign.model.Archetype;
import org.modesign.model.Team;
import org.modesign.ui.i18n.I18n;

/**
 * Shows what a CSV import would do before anything changes. Above the preview: the column → field
 * chooser ({@link MappingChooser}) and where the roles go (the scenario on screen, or a new
 * scenario). Then the counts, notes on what was assumed, the teams and regions it makes, a table of
 * the rows that become roles, whose archetypes may be changed per row (suggested ones are marked;
 * "Accept all" takes them as they are), and a table of the rows that cannot be used. A changed
 * mapping or target previews again in the background ({@link Previewer}). Import (disabled while
 * no row can be used or a preview is under way) hands the preview and mapping to {@code onImport};
 * Cancel changes nothing.
 */
final class ImportPreviewDialog {

    /** Previews the import again for a mapping and a new scenario's name (null: the scenario on screen). */
    interface Previewer {
        void preview(ColumnMapping mapping, String newScenario, Locations locations,
                Consumer<ImportRolesController.Reading> done);
    }

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 900;
    /** Room for two rows of the column chooser before it scrolls. */
    private static final double CHOOSER_HEIGHT = 128;
    /** Most names of new teams or regions listed before "…". */
    private static final int NAMES_SHOWN = 12;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Previewer previewer;
    private final MappingChooser chooser;
    private final VBox previewBox = new VBox(8);
    private final RadioButton intoScenario = new RadioButton();
    private final RadioButton newScenario = new RadioButton(I18n.tr("import.target.newScenario"));
    private final TextField scenarioName = new TextField(I18n.tr("import.target.defaultName"));
    private final Map<Integer, Archetype> chosen = new HashMap<>();
    private final Button importControl;
    private final VBox top = new VBox(6);
    private final LocationTable locationTable;
    private final Accordion choices = new Accordion();
    private final boolean startsAsIs;
    private Locations locations = Locations.defaults();
    private TableView<PreviewRow> rowsTable;
    private ImportPreview preview;
    private boolean busy;
    private boolean acceptAll;
    private int generation;

    private ImportPreviewDialog(Window owner, ImportRolesController.Reading first, String scenarioName,
            List<String> regions, boolean startsAsIs, List<List<String>> sample, Previewer previewer) {
        this.previewer = previewer;
        this.preview = first.preview();
        this.startsAsIs = startsAsIs;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("import.preview.title"));
        dialog.setResizable(true);
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().setPrefSize(Math.min(WIDTH, screen.getWidth() - 80),
                Math.min(HEIGHT, screen.getHeight() - 80));
        // Without a minimum the window takes the narrow width its wrapping labels ask for.
        dialog.getDialogPane().setMinWidth(Math.min(WIDTH, screen.getWidth() - 80));
        chooser = new MappingChooser(first.mapping(), sample, mapping -> again());
        locationTable = new LocationTable(regions, (location, region) -> {
            locations = locations.with(location, region);
            again();
        });
        intoScenario.setText(I18n.tr("import.target.scenario", scenarioName));
        ButtonType importButton = new ButtonType(I18n.tr("import.button.import"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, cancel);
        importControl = (Button) dialog.getDialogPane().lookupButton(importButton);
        importControl.setId("import-confirm");
        dialog.getDialogPane().lookupButton(cancel).setId("import-cancel");
        dialog.getDialogPane().setContent(content());
        if (first.failure() != null) {
            showFailure(first.failure());
        } else {
            show(first.preview());
        }
    }

    /**
     * The dialog for {@code first}, the preview of the import into scenario {@code scenarioName} with
     * the mapping found (or why that mapping cannot be used, e.g. no column of titles: the user then
     * chooses one); {@code regions} are the design's region names, {@code startsAsIs} whether the
     * import names the design's phase and scenario as the as-is ({@link org.modesign.importer.AsIsStart});
     * {@code onImport} gets the preview to apply when the user clicks Import.
     */
    static Dialog<ButtonType> create(Window owner, ImportRolesController.Reading first, String scenarioName,
            List<String> regions, boolean startsAsIs, List<List<String>> sample, Previewer previewer,
            Consumer<ImportPreview> onImport) {
        ImportPreviewDialog view = new ImportPreviewDialog(owner, first, scenarioName, regions, startsAsIs, sample,
                previewer);
        view.dialog.setOnHidden(e -> {
            if (view.dialog.getResult() != null && view.dialog.getResult().getButtonData() == ButtonData.OK_DONE
                    && view.preview != null) {
                onImport.accept(view.preview);
            }
        });
        return view.dialog;
    }

    private VBox content() {
        ToggleGroup target = new ToggleGroup();
        intoScenario.setToggleGroup(target);
        newScenario.setToggleGroup(target);
        intoScenario.setSelected(true);
        intoScenario.setId("import-into-scenario");
        newScenario.setId("import-new-scenario");
        scenarioName.setId("import-scenario-name");
        org.modesign.ui.a11y.AccessibleNames.name(scenarioName, I18n.plain(newScenario.getText()));
        scenarioName.disableProperty().bind(newScenario.selectedProperty().not());
        target.selectedToggleProperty().addListener((o, before, now) -> again());
        scenarioName.setOnAction(e -> again());
        scenarioName.focusedProperty().addListener((o, was, is) -> {
            if (!is && newScenario.isSelected()) {
                again();
            }
        });
        HBox targetRow = new HBox(12, new Label(I18n.tr("import.target.label")), intoScenario, newScenario,
                scenarioName);
        targetRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ScrollPane columns = new ScrollPane(chooser.node());
        columns.setFitToWidth(true);
        columns.setPrefViewportHeight(CHOOSER_HEIGHT);
        columns.setMinViewportHeight(CHOOSER_HEIGHT);
        TitledPane mapping = new TitledPane(I18n.tr("import.mapping.title"), new VBox(6,
                label(I18n.tr("import.mapping.hint"), null), columns));
        mapping.setId("import-mapping-pane");
        mapping.setCollapsible(true);
        // One of the two open at a time, so that the rows keep their room.
        choices.getPanes().add(mapping);
        choices.setExpandedPane(mapping);
        VBox.setVgrow(previewBox, Priority.ALWAYS);
        VBox box = new VBox(10, choices, targetRow, previewBox);
        box.setPadding(new Insets(0));
        return box;
    }

    /** Previews again with the chooser's mapping and the target chosen; keeps the user's archetypes. */
    private void again() {
        int asked = ++generation;
        setBusy(true);
        String name = newScenario.isSelected() ? scenarioName.getText().strip() : null;
        previewer.preview(chooser.mapping(), name == null || !name.isEmpty() ? name
                : I18n.tr("import.target.defaultName"), locations, reading -> {
                    if (asked != generation) {
                        return;
                    }
                    setBusy(false);
                    if (reading.failure() != null) {
                        showFailure(reading.failure());
                    } else {
                        show(reading.preview());
                    }
                });
    }

    private void show(ImportPreview fresh) {
        ImportPreview shown = chosen.isEmpty() ? fresh : fresh.withArchetypes(chosen);
        preview = acceptAll ? shown.acceptingSuggestions() : shown;
        dialog.setHeaderText(I18n.tr("import.preview.header", preview.source(), preview.rowsRead(),
                preview.rows().size(), preview.rejectedRows()));
        previewBox.getChildren().setAll(previewContent());
        locationTable.show(preview.locations());
        if (preview.locations().isEmpty()) {
            choices.getPanes().remove(locationTable.node());
        } else if (!choices.getPanes().contains(locationTable.node())) {
            choices.getPanes().add(locationTable.node());
        }
        importControl.setDisable(busy || !preview.usable());
    }

    private void showFailure(ImportText failure) {
        preview = null;
        dialog.setHeaderText(I18n.tr("import.preview.unusable", failure.localized(I18n.bundle())));
        previewBox.getChildren().setAll(label(I18n.tr("import.preview.chooseColumns"), "mdi2t-table-arrow-left"));
        importControl.setDisable(true);
    }

    private void setBusy(boolean now) {
        busy = now;
        importControl.setDisable(now || preview == null || !preview.usable());
        if (now) {
            dialog.setHeaderText(I18n.tr("import.preview.updating"));
        }
    }

    private List<Region> previewContent() {
        top.getChildren().setAll(topContent());
        rowsTable = PreviewTables.rows(preview.rows(), this::archetypeChosen);
        VBox.setVgrow(rowsTable, Priority.ALWAYS);
        VBox all = new VBox(8, top, rowsTable);
        VBox.setVgrow(all, Priority.ALWAYS);
        if (!preview.problems().isEmpty()) {
            all.getChildren().addAll(label(I18n.tr("import.preview.problems", preview.rejectedRows()),
                    "mdi2a-alert-circle-outline"), PreviewTables.problems(preview.problems()));
        }
        return List.of(all);
    }

    /** The counts, new teams and regions, notes, and the suggestions with "Accept all". */
    private List<Region> topContent() {
        List<Region> nodes = new java.util.ArrayList<>();
        nodes.add(label(I18n.tr("import.preview.summary", preview.rows().size(),
                preview.newTeams().size(), preview.newRegions().size(), preview.lines().size()), null));
        if (startsAsIs && !preview.intoNewScenario()) {
            nodes.add(label(I18n.tr("import.preview.asIs", I18n.tr("import.asIs.phase"),
                    I18n.tr("import.asIs.scenario")), "mdi2c-calendar-today"));
        }
        if (!preview.newTeams().isEmpty()) {
            nodes.add(label(I18n.tr("import.preview.newTeams",
                    names(preview.newTeams().stream().map(Team::name).toList())), null));
        }
        if (!preview.newRegions().isEmpty()) {
            nodes.add(label(I18n.tr("import.preview.newRegions",
                    names(preview.newRegions().stream().map(r -> r.name()).toList())), null));
        }
        for (ImportText note : preview.notes()) {
            if (note.key() == ImportMessage.SUGGESTED) {
                continue; // the line with "Accept all" below says it
            }
            nodes.add(label(capitalized(note.localized(I18n.bundle())), "mdi2i-information-outline"));
        }
        if (preview.suggested() > 0) {
            Button accept = new Button(I18n.tr("import.preview.acceptAll", preview.suggested()));
            accept.setId("import-accept-all");
            accept.setGraphic(new FontIcon("mdi2c-check-all"));
            accept.setOnAction(e -> {
                acceptAll = true;
                show(preview);
            });
            HBox suggestions = new HBox(10, label(I18n.tr("import.preview.suggestions", preview.suggested()),
                    "mdi2l-lightbulb-on-outline"), accept);
            suggestions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            nodes.add(suggestions);
        }
        return nodes;
    }

    /** One row's archetype chosen: that row and the suggestion count change, the table stays where it is. */
    private void archetypeChosen(int line, Archetype archetype) {
        chosen.put(line, archetype);
        preview = preview.withArchetypes(Map.of(line, archetype));
        List<PreviewRow> rows = preview.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line() == line && i < rowsTable.getItems().size()) {
                rowsTable.getItems().set(i, rows.get(i));
                break;
            }
        }
        top.getChildren().setAll(topContent());
    }

    /** The names, joined; the first {@link #NAMES_SHOWN} and a count of the rest when there are more. */
    private static String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return I18n.tr("import.preview.andMore", String.join(", ", names.subList(0, NAMES_SHOWN)),
                names.size() - NAMES_SHOWN);
    }

    /** A note as a line of its own: "No archetype column: ...". */
    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(I18n.bundle().getLocale()) + text.substring(1);
    }

    private static Label label(String text, String icon) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (icon != null) {
            label.setGraphic(new FontIcon(icon));
        }
        return label;
    }
}
