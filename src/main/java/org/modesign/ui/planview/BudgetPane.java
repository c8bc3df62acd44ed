package org.modesign.ui.planview;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Money;
import org.modesign.ui.i18n.I18n;

/**
 * The budget of the plan, phase by phase, from the core's metrics: people cost, martech (tool)
 * cost, martech share, open FTE and hires as a table, then the yearly cost as stacked bars
 * (people and martech) and the open FTE as bars, one row per phase so that long phase names stay
 * readable. The row of the phase the views show is highlighted; a click on a row shows that phase.
 */
final class BudgetPane extends VBox {

    private static final double CHART_WIDTH = 400;
    private static final double MIN_CHART_WIDTH = 280;
    /** The width a heading wraps at ("People cost" on two lines). */
    private static final double HEAD_WIDTH = 72;
    /** From this amount on, the table counts in millions. */
    private static final double MILLIONS = 100_000_000;
    /** The figures of a phase, in the order of the columns (and in the ids of their cells). */
    static final List<String> COLUMNS = List.of("peopleCost", "toolCost", "martechShare", "openFte", "hires");
    private static final double FRAME_HEIGHT = 90;
    private static final double ROW_HEIGHT = 30;

    private final GridPane table = new GridPane();
    private final Label currency = PlanView.text("", "plan-muted");
    private final StackedBarChart<Number, String> cost;
    private final BarChart<Number, String> openFte;
    private final XYChart.Series<Number, String> people = new XYChart.Series<>();
    private final XYChart.Series<Number, String> martech = new XYChart.Series<>();
    private final XYChart.Series<Number, String> vacant = new XYChart.Series<>();
    private final Consumer<String> showPhase;
    /** Per phase on display: its name's label, then its figures' in the order of {@link #COLUMNS}. */
    private final List<List<Label>> cells = new ArrayList<>();
    private List<String> shownNames = List.of();

    BudgetPane(Consumer<String> showPhase) {
        super(10);
        this.showPhase = showPhase;
        setId("plan-budget");
        getStyleClass().add("plan-card");
        table.getStyleClass().add("plan-budget-table");
        table.setId("plan-budget-table");
        people.setName(I18n.tr("planview.chart.people"));
        martech.setName(I18n.tr("planview.chart.martech"));
        vacant.setName(I18n.tr("planview.budget.openFte"));
        cost = new StackedBarChart<>(moneyAxis(), new CategoryAxis());
        cost.setId("plan-chart-cost");
        cost.setTitle(I18n.tr("planview.chart.cost"));
        cost.getData().add(people);
        cost.getData().add(martech);
        openFte = new BarChart<>(new NumberAxis(), new CategoryAxis());
        openFte.setId("plan-chart-openFte");
        openFte.setTitle(I18n.tr("planview.chart.openFte"));
        openFte.setLegendVisible(false);
        openFte.getData().add(vacant);
        for (XYChart<Number, String> chart : List.of(cost, openFte)) {
            chart.setAnimated(false);
            chart.getStyleClass().add("plan-chart");
            ((NumberAxis) chart.getXAxis()).setMinorTickVisible(false);
            ((CategoryAxis) chart.getYAxis()).setAutoRanging(false);
        }
        cost.setCategoryGap(8);
        openFte.setCategoryGap(8);
        getChildren().addAll(PlanView.text(I18n.tr("planview.budget.title"), "plan-card-title"), currency, table, cost,
                openFte);
    }

    /** A round number at least {@code value}: 1, 2, 2.5, 4 or 5 times a power of ten (1 for nothing). */
    static double roundUp(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 4, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** The axis of yearly cost: four steps of a round amount, written short ("1.5M"). */
    private static NumberAxis moneyAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Money.compact(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return axis;
    }

    /** Shows {@code metrics}; {@code current} is the phase the views show (null: all). */
    void show(ScenarioMetrics metrics, Design design, String current) {
        String code = design.settings().currency();
        // Budgets of a hundred million and more read in millions, so the table stays beside the plan.
        boolean millions = metrics.phases().stream().anyMatch(m -> m.peopleCost() >= MILLIONS || m.toolCost() >= MILLIONS);
        String unit = millions ? "Millions" : "";
        currency.setText(code.isEmpty() ? I18n.tr("planview.budget.yearly" + unit)
                : I18n.tr("planview.budget.yearlyIn" + unit, code));
        List<String> names = new ArrayList<>();
        for (PhaseMetrics m : metrics.phases()) {
            String name = design.phase(m.phase()).map(Phase::name).orElse(m.phase());
            names.add(names.contains(name) ? name + " (" + m.phase() + ")" : name);
        }
        if (!names.equals(shownNames)) {
            layOut(metrics, names);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.getDefault(Locale.Category.FORMAT));
        percent.setMaximumFractionDigits(1);
        List<XYChart.Data<Number, String>> peopleBars = new ArrayList<>();
        List<XYChart.Data<Number, String>> martechBars = new ArrayList<>();
        List<XYChart.Data<Number, String>> vacantBars = new ArrayList<>();
        double most = 0;
        for (int p = 0; p < metrics.phases().size(); p++) {
            PhaseMetrics m = metrics.phases().get(p);
            List<Label> row = cells.get(p);
            List<String> texts = List.of(names.get(p), amount(m.peopleCost(), millions), amount(m.toolCost(), millions),
                    percent.format(m.martechShare()), FteText.format(m.openFte()), Integer.toString(m.hires()));
            for (int c = 0; c < row.size(); c++) {
                Label label = row.get(c);
                label.setText(texts.get(c));
                // A change of style class styles the label anew: only when it changes.
                boolean isCurrent = m.phase().equals(current);
                if (isCurrent != label.getStyleClass().contains(PlanList.CURRENT)) {
                    if (isCurrent) {
                        label.getStyleClass().add(PlanList.CURRENT);
                    } else {
                        label.getStyleClass().remove(PlanList.CURRENT);
                    }
                }
            }
            peopleBars.add(new XYChart.Data<>(m.peopleCost(), names.get(p)));
            martechBars.add(new XYChart.Data<>(m.toolCost(), names.get(p)));
            vacantBars.add(new XYChart.Data<>(m.openFte(), names.get(p)));
            most = Math.max(most, m.peopleCost() + m.toolCost());
        }
        NumberAxis axis = (NumberAxis) cost.getXAxis();
        axis.setUpperBound(roundUp(most));
        axis.setTickUnit(axis.getUpperBound() / 4);
        update(people, peopleBars);
        update(martech, martechBars);
        update(vacant, vacantBars);
    }

    /**
     * Makes the table's labels and the charts' categories for these phases: each phase's name
     * across the table, its figures under it (so the table stays as narrow as its numbers).
     */
    private void layOut(ScenarioMetrics metrics, List<String> names) {
        shownNames = List.copyOf(names);
        cells.clear();
        table.getChildren().clear();
        table.getColumnConstraints().setAll(column(), column(), column(), column(), column());
        table.addRow(0, head("planview.budget.people"), head("planview.budget.martech"), head("planview.budget.share"),
                head("planview.budget.openFte"), head("planview.budget.hires"));
        int row = 1;
        for (PhaseMetrics m : metrics.phases()) {
            Label title = PlanView.wrapping("", "plan-budget-phase");
            title.setMaxWidth(Double.MAX_VALUE);
            title.setId("plan-budget-" + m.phase());
            table.add(title, 0, row++, COLUMNS.size(), 1);
            List<Label> labels = new ArrayList<>(List.of(title));
            for (int c = 0; c < COLUMNS.size(); c++) {
                Label cell = cell();
                cell.setId("plan-budget-" + m.phase() + "-" + COLUMNS.get(c));
                table.add(cell, c, row);
                labels.add(cell);
            }
            row++;
            labels.forEach(label -> label.setOnMouseClicked(e -> showPhase.accept(m.phase())));
            cells.add(labels);
        }
        List<String> bottomUp = new ArrayList<>(names);
        Collections.reverse(bottomUp);
        for (XYChart<Number, String> chart : List.of(cost, openFte)) {
            chart.getData().forEach(series -> series.getData().clear());
            ((CategoryAxis) chart.getYAxis()).getCategories().setAll(bottomUp);
            double height = FRAME_HEIGHT + names.size() * ROW_HEIGHT + (chart == cost ? 24 : 0);
            chart.setPrefSize(CHART_WIDTH, height);
            chart.setMinSize(MIN_CHART_WIDTH, height);
        }
    }

    /** An amount as the table shows it: whole, or in millions with a decimal. */
    private static String amount(double value, boolean millions) {
        return millions ? Money.millions(value) : Money.number(value);
    }

    /** Sets the series' values in place when it has the same phases, so that no bar is made anew. */
    private static void update(XYChart.Series<Number, String> series, List<XYChart.Data<Number, String>> bars) {
        javafx.collections.ObservableList<XYChart.Data<Number, String>> data = series.getData();
        boolean same = data.size() == bars.size();
        for (int k = 0; same && k < bars.size(); k++) {
            same = data.get(k).getYValue().equals(bars.get(k).getYValue());
        }
        if (!same) {
            data.setAll(bars);
            return;
        }
        for (int k = 0; k < bars.size(); k++) {
            data.get(k).setXValue(bars.get(k).getXValue());
        }
    }

    private static ColumnConstraints column() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    /** A column's heading, on two lines when long, so that the table stays as narrow as its numbers. */
    private static Label head(String key) {
        Label label = PlanView.wrapping(I18n.tr(key), "plan-budget-cell", "plan-budget-head");
        label.setAlignment(Pos.BOTTOM_RIGHT);
        label.setTextAlignment(TextAlignment.RIGHT);
        label.setPrefWidth(HEAD_WIDTH);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return label;
    }

    private static Label cell() {
        Label label = PlanView.text("", "plan-budget-cell");
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
