package org.modesign.ui.planview;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.model.Phase;
import org.modesign.plan.HiringPlan.Hire;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Money;
import org.modesign.ui.i18n.I18n;

/**
 * The hiring plan: one row per open or planned role at the phase it is to be hired in — phase,
 * role, team, region (when the design declares regions), staffing, FTE and yearly cost —
 * sortable (phases in plan order), virtual (a row has nodes only while on screen), its columns as
 * wide as their longest text, and exported as CSV with the same rows. Choosing a row selects the
 * role's card; a double click shows it in the chart. The rows of the phase the views show are
 * highlighted.
 */
final class HiringTable extends VBox {

    /** Texts measured per column to size it: its longest by characters. */
    private static final int MEASURED = 6;

    private final TableView<Hire> table = new TableView<>();
    private final ObservableList<Hire> rows = FXCollections.observableArrayList();
    private final Label title = PlanView.text("", "plan-card-title");
    private final Label empty = PlanView.wrapping(I18n.tr("planview.hiring.none"), "plan-muted");
    /** What each column shows of a hire, in the columns' order. */
    private final List<Function<Hire, String>> texts;
    private PlanWords words;
    /** Each phase's position in the plan, by the name the table shows, for sorting by phase. */
    private Map<String, Integer> phaseRank = Map.of();
    /** True while the rows are replaced, so that the table's own selection changes select no card. */
    private boolean replacing;
    private String current;
    /**
     * Per column, the texts its width was fitted to and its heading, then the style sheet the font
     * came from (to fit again only when any of them changes).
     */
    private List<List<String>> fitted = List.of();

    HiringTable(Consumer<List<String>> select, Consumer<List<String>> show, Runnable export) {
        super(8);
        setId("plan-hiring");
        getStyleClass().add("plan-hiring");
        table.setId("plan-hiring-table");
        table.getStyleClass().add(Styles.DENSE);
        SortedList<Hire> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        texts = List.of(h -> phaseName(h.phase()), Hire::title, h -> h.team() == null ? "" : h.team(),
                this::regionName, h -> PlanWords.staffing(h.staffing()), h -> FteText.format(h.fte()),
                h -> Money.number(h.cost()));
        TableColumn<Hire, String> phase = text("planview.hiring.phase", texts.get(0), "phase");
        phase.setComparator(this::comparePhases);
        table.getColumns().setAll(List.of(phase,
                text("planview.hiring.role", texts.get(1), "role"), text("planview.hiring.team", texts.get(2), "team"),
                text("planview.hiring.region", texts.get(3), "region"),
                text("planview.hiring.staffing", texts.get(4), "staffing"),
                number("planview.hiring.fte", Hire::fte, FteText::format, "fte"),
                number("planview.hiring.cost", Hire::cost, Money::number, "cost")));
        table.setPlaceholder(empty);
        table.setMinHeight(90);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Hire hire, boolean blank) {
                super.updateItem(hire, blank);
                // A change of style class styles the row anew: only when it changes.
                boolean isCurrent = !blank && hire != null && hire.phase().equals(current);
                if (isCurrent != getStyleClass().contains(PlanList.CURRENT)) {
                    if (isCurrent) {
                        getStyleClass().add(PlanList.CURRENT);
                    } else {
                        getStyleClass().remove(PlanList.CURRENT);
                    }
                }
            }

            {
                setOnMouseClicked(e -> {
                    if (getItem() != null && e.getClickCount() == 2) {
                        show.accept(List.of(getItem().role()));
                    }
                });
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, hire) -> {
            if (hire != null && !replacing) {
                select.accept(List.of(hire.role()));
            }
        });
        Button csv = new Button(I18n.tr("planview.hiring.export"), new FontIcon("mdi2f-file-delimited-outline"));
        csv.setId("plan-hiring-export");
        csv.setOnAction(e -> export.run());
        csv.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, csv);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, table);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                fitColumns();
            }
        });
    }

    TableView<Hire> table() {
        return table;
    }

    /** Shows the hires; {@code currentPhase} is the phase the views show (null: all). */
    void show(List<Hire> hires, PlanWords shown, String currentPhase) {
        this.words = shown;
        Map<String, Integer> rank = new HashMap<>();
        List<Phase> phases = shown.design().phases();
        for (int p = phases.size() - 1; p >= 0; p--) {
            rank.put(phases.get(p).name(), p);
        }
        phaseRank = rank;
        String code = shown.design().settings().currency();
        title.setText(I18n.tr("planview.hiring.title", hires.size()));
        table.getColumns().get(6).setText(code.isEmpty() ? I18n.tr("planview.hiring.cost")
                : I18n.tr("planview.hiring.costIn", code));
        // Without declared regions every role is global: the column would say nothing.
        table.getColumns().get(3).setVisible(!shown.design().regions().isEmpty());
        if (!rows.equals(hires)) {
            // After an edit the row chosen stays chosen if it is still there; no row is chosen by the change itself.
            Hire chosen = table.getSelectionModel().getSelectedItem();
            replacing = true;
            try {
                rows.setAll(hires);
                table.getSelectionModel().clearSelection();
                if (chosen != null && hires.contains(chosen)) {
                    table.getSelectionModel().select(chosen);
                }
            } finally {
                replacing = false;
            }
        }
        fitColumns();
        setCurrentPhase(currentPhase);
    }

    void setCurrentPhase(String phase) {
        if (!java.util.Objects.equals(phase, current)) {
            current = phase;
            table.refresh();
        }
    }

    /** Phases (by name) in the order of the plan. */
    private int comparePhases(String a, String b) {
        if (words == null) {
            return a.compareTo(b);
        }
        return Integer.compare(phaseRank.getOrDefault(a, -1), phaseRank.getOrDefault(b, -1));
    }

    private String phaseName(String id) {
        return words == null ? id : words.design().phase(id).map(Phase::name).orElse(id);
    }

    private String regionName(Hire hire) {
        String name = words == null ? null : words.region(hire.region());
        return name == null ? I18n.tr("region.global") : name;
    }

    private TableColumn<Hire, String> text(String key, Function<Hire, String> value, String id) {
        TableColumn<Hire, String> column = new TableColumn<>(I18n.tr(key));
        column.setId("plan-hiring-" + id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<Hire, Number> number(String key, Function<Hire, Double> value,
            Function<Double, String> format, String id) {
        TableColumn<Hire, Number> column = new TableColumn<>(I18n.tr(key));
        column.setId("plan-hiring-" + id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean blank) {
                super.updateItem(n, blank);
                setText(blank || n == null ? null : format.apply(n.doubleValue()));
            }
        });
        column.getStyleClass().add("plan-number");
        return column;
    }

    /** The font of the table's cells: that of a plain label in this scene (the theme's). */
    private Font tableFont() {
        Label probe = new Label();
        getChildren().add(probe);
        probe.applyCss();
        Font font = probe.getFont();
        getChildren().remove(probe);
        return font;
    }

    /**
     * Makes every column as wide as its heading and its longest texts: the few longest by length
     * are measured (measuring every row of 10,000 would take longer than the rest of an update).
     */
    private void fitColumns() {
        if (getScene() == null) {
            // Out of a window a label has the default font, not the theme's: fitted once shown.
            fitted = List.of();
            return;
        }
        List<List<String>> measured = new java.util.ArrayList<>();
        for (int c = 0; c < table.getColumns().size(); c++) {
            measured.add(longest(texts.get(c)));
            measured.add(List.of(table.getColumns().get(c).getText()));
        }
        // The font comes from the application's style sheet (the appearance: family, text size).
        measured.add(List.of(String.valueOf(javafx.application.Application.getUserAgentStylesheet())));
        // After most edits the longest texts and the headings are those already measured: the widths stand.
        if (measured.equals(fitted)) {
            return;
        }
        fitted = measured;
        Font font = tableFont();
        Text heading = new Text();
        heading.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        Text measure = new Text();
        measure.setFont(font);
        for (int c = 0; c < table.getColumns().size(); c++) {
            TableColumn<Hire, ?> column = table.getColumns().get(c);
            heading.setText(column.getText());
            // the paddings of a header and a cell, which grow with the text (in em)
            double width = heading.getLayoutBounds().getWidth() + 1.6 * font.getSize();
            for (String text : measured.get(2 * c)) {
                measure.setText(text);
                width = Math.max(width, measure.getLayoutBounds().getWidth() + 1.2 * font.getSize());
            }
            column.setPrefWidth(Math.ceil(width));
        }
    }

    /** The {@value #MEASURED} longest texts of a column (by characters). */
    private List<String> longest(Function<Hire, String> text) {
        java.util.PriorityQueue<String> longest = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingInt(String::length));
        for (Hire hire : rows) {
            longest.add(text.apply(hire));
            if (longest.size() > MEASURED) {
                longest.poll();
            }
        }
        return List.copyOf(longest);
    }
}
