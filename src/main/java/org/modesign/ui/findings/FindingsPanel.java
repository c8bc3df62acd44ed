package org.modesign.ui.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.analysis.Severity;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.analysis.AnalysisResult;

/**
 * The findings of the current scenario in the phase shown (the phase selector's choice, or all
 * phases), grouped by severity and filterable by rule. It follows every analysis, so it is
 * current after each edit. Opening a finding (click, Enter) hands it to a {@link FindingNavigator};
 * an unstaffed capability offers its quick fix through {@link QuickFixes}.
 */
public final class FindingsPanel extends BorderPane {

    private final EditorContext context;
    private final FindingNavigator navigator;
    private final TreeView<Object> tree = new TreeView<>();
    private final ComboBox<Rule> rule = new ComboBox<>();
    private final Label summary = new Label();

    /** The findings and the rule filter the tree shows (null before the first analysis). */
    private List<Finding> shownFindings;
    private Rule shownRule;

    public FindingsPanel(EditorContext context, FindingNavigator navigator, QuickFixes fixes) {
        this.context = context;
        this.navigator = navigator;
        setId("findings-panel");
        getStyleClass().add("findings-panel");
        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(v -> new FindingCell(() -> context.document().design(), fixes,
                f -> f.text().localized(I18n.bundle())));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        setTop(header());
        setCenter(tree);
        context.analysis().resultProperty().addListener((obs, old, r) -> refresh());
        context.document().phaseIdProperty().addListener((obs, old, p) -> refresh());
        rule.valueProperty().addListener((obs, old, r) -> refresh());
        refresh();
    }

    private HBox header() {
        Label title = new Label(I18n.tr("findings.title"));
        title.getStyleClass().add("title-4");
        rule.setId("findings-rule");
        List<Rule> rules = new ArrayList<>();
        rules.add(null);
        rules.addAll(List.of(Rule.values()));
        rule.getItems().setAll(rules);
        rule.setCellFactory(v -> new RuleCell());
        rule.setButtonCell(new RuleCell());
        rule.setFocusTraversable(false);
        summary.setId("findings-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label ruleLabel = new Label(I18n.tr("findings.rule"));
        ruleLabel.setLabelFor(rule);
        // The words keep their width (large text, a narrow window); the rule chooser gives way.
        for (Label label : List.of(title, summary, ruleLabel)) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the chooser gives way down to 9em (modesign.css): "All rules" whole at any text size
        HBox header = new HBox(10, title, summary, spacer, ruleLabel, rule);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 10, 4, 10));
        return header;
    }

    /** Shows the findings of the newest analysis in the phase shown, keeping the groups' open state. */
    private void refresh() {
        AnalysisResult result = context.analysis().resultProperty().get();
        if (result == null) {
            return;
        }
        String phase = context.document().phaseIdProperty().get();
        Rule only = rule.getValue();
        List<Finding> findings = result.forPhase(phase).findings();
        if (findings.equals(shownFindings) && only == shownRule) {
            return; // an edit that changed no finding (a move, say): the tree stays as it is
        }
        shownFindings = findings;
        shownRule = only;
        Map<Severity, List<TreeItem<Object>>> bySeverity = new EnumMap<>(Severity.class);
        int shown = 0;
        for (Finding f : findings) {
            if (only == null || f.rule() == only) {
                bySeverity.computeIfAbsent(f.severity(), s -> new ArrayList<>()).add(new TreeItem<>(f));
                shown++;
            }
        }
        Map<Severity, Boolean> expanded = expandedGroups();
        List<TreeItem<Object>> groups = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<TreeItem<Object>> items = bySeverity.get(s);
            if (items != null) {
                TreeItem<Object> group = new TreeItem<>(new FindingsGroup(s, items.size()));
                group.getChildren().setAll(items);
                group.setExpanded(expanded.getOrDefault(s, s != Severity.INFO));
                groups.add(group);
            }
        }
        tree.getRoot().getChildren().setAll(groups);
        summary.setText(shown == 0 ? I18n.tr("findings.none") : I18n.tr("findings.count", shown));
    }

    private Map<Severity, Boolean> expandedGroups() {
        Map<Severity, Boolean> expanded = new EnumMap<>(Severity.class);
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            if (group.getValue() instanceof FindingsGroup g) {
                expanded.put(g.severity(), group.isExpanded());
            }
        }
        return expanded;
    }

    private void openSelected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Finding finding) {
            navigator.show(finding);
        }
    }

    /** The tree, for tests. */
    public TreeView<Object> tree() {
        return tree;
    }

    private static final class RuleCell extends ListCell<Rule> {
        @Override
        protected void updateItem(Rule item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? I18n.tr("findings.rule.all") : I18n.tr("rule." + item.code()));
        }
    }
}
