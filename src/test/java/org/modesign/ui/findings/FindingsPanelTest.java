package org.modesign.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.edit.DeleteNodes;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The findings panel on the "centralized vs local expression" sample. */
@ExtendWith(ApplicationExtension.class)
class FindingsPanelTest {

    private DocumentModel document;
    private EditorContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Design design = new DesignReader().read(Path.of("samples/central-vs-local-expression.modesign")).design();
        document = new DocumentModel(design, null);
        context = new EditorContext(document, new FakeDialogs());
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
    }

    @Test
    void clickingAFindingSelectsAndCentresItsCards(FxRobot robot) throws Exception {
        waitUntil(() -> !findings().isEmpty());
        TreeItem<Object> first = firstFindingItem();
        Finding finding = (Finding) first.getValue();
        assertTrue(!finding.nodes().isEmpty(), "the sample's first finding names cards");
        robot.interact(() -> window.findingsPanel().tree().getSelectionModel().select(first));
        robot.clickOn(robot.lookup(".tree-cell").match(c -> ((javafx.scene.control.TreeCell<?>) c).getItem() == finding)
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.copyOf(finding.nodes()), Set.copyOf(context.selection().nodes()));
        var chart = window.chart();
        var card = chart.scene().card(chart.scene().indexOf(finding.nodes().get(0)));
        assertTrue(chart.viewport().visibleWorldRect().contains(card.centerX(), card.centerY()),
                "the card is in view");
    }

    @Test
    void theListFollowsEditsAndTheRuleFilter(FxRobot robot) throws Exception {
        waitUntil(() -> !findings().isEmpty());
        int before = findings().size();
        String scenario = document.scenario().id();
        String accountable = document.scenario().nodes().stream()
                .filter(n -> n instanceof org.modesign.model.Role r && r.responsibilities().stream()
                        .anyMatch(x -> x.capability().equals("stack-architecture")))
                .findFirst().orElseThrow().id();
        robot.interact(() -> context.edit(new DeleteNodes(scenario, Set.of(accountable))));
        waitUntil(() -> findings().stream().anyMatch(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY));
        assertTrue(findings().size() > before, "deleting the architect leaves a slot unstaffed");

        robot.interact(() -> robot.lookup("#findings-rule").queryComboBox().setValue(Rule.UNSTAFFED_CAPABILITY));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(findings().stream().allMatch(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY));
        String summary = robot.lookup("#findings-summary").queryAs(Label.class).getText();
        assertEquals(findings().size() == 1 ? "1 finding" : findings().size() + " findings", summary);

        robot.interact(document::undo);
        waitUntil(() -> findings().isEmpty());
    }

    @Test
    void theQuickFixAddsAnAccountableRoleAndUndoRemovesIt(FxRobot robot) throws Exception {
        waitUntil(() -> !findings().isEmpty());
        String scenario = document.scenario().id();
        String accountable = document.scenario().nodes().stream()
                .filter(n -> n instanceof org.modesign.model.Role r && r.responsibilities().stream()
                        .anyMatch(x -> x.capability().equals("stack-architecture")))
                .findFirst().orElseThrow().id();
        robot.interact(() -> context.edit(new DeleteNodes(scenario, Set.of(accountable))));
        waitUntil(() -> findings().stream().anyMatch(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY));
        int cards = document.scenario().nodes().size();
        Set<String> before = ids();

        Finding unstaffed = findings().stream().filter(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY).findFirst()
                .orElseThrow();
        waitUntil(() -> robot.lookup(".tree-cell")
                .match(c -> ((javafx.scene.control.TreeCell<?>) c).getItem() == unstaffed).tryQuery().isPresent());
        javafx.scene.Node cell = robot.lookup(".tree-cell")
                .match(c -> ((javafx.scene.control.TreeCell<?>) c).getItem() == unstaffed).query();
        robot.clickOn(robot.from(cell).lookup(".button").queryButton());
        waitUntil(() -> !findings().contains(unstaffed));
        assertEquals(cards + 1, document.scenario().nodes().size(), "one role was added");
        Set<String> now = new java.util.HashSet<>(ids());
        now.removeAll(before);
        var added = (org.modesign.model.Role) document.scenario().node(now.iterator().next()).orElseThrow();
        assertTrue(added.responsibilities().stream().anyMatch(r -> r.capability().equals(unstaffed.capability())
                && r.raci() == org.modesign.model.Raci.A), "accountable for the capability");
        assertEquals(Set.of(added.id()), Set.copyOf(context.selection().nodes()), "the new card is shown");

        robot.interact(document::undo);
        waitUntil(() -> findings().stream().anyMatch(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY));
        assertEquals(cards, document.scenario().nodes().size());
    }

    @Test
    void aLongMessageWrapsWholeInItsRow(FxRobot robot) throws Exception {
        waitUntil(() -> !findings().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> messages = robot.lookup(".tree-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.TreeCell<?>) c).getItem() instanceof Finding)
                .map(c -> (FindingRow) ((javafx.scene.control.TreeCell<?>) c).getGraphic())
                .map(FindingRow::message).toList();
        assertTrue(!messages.isEmpty());
        for (Label message : messages) {
            double needed = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                    () -> message.prefHeight(message.getWidth())));
            assertTrue(message.getHeight() >= needed - 0.5, "no line cut from \"" + message.getText() + "\"");
        }
        Label first = messages.get(0);
        assertTrue(first.getHeight() > 1.5 * first.getFont().getSize() * 1.2,
                "the sample's first message is longer than a line: " + first.getText());
    }

    private Set<String> ids() {
        return Set.copyOf(document.scenario().nodes().stream().map(n -> n.id()).toList());
    }

    private List<Finding> findings() {
        return window.findingsPanel().tree().getRoot().getChildren().stream()
                .flatMap(g -> g.getChildren().stream()).map(i -> (Finding) i.getValue()).toList();
    }

    private TreeItem<Object> firstFindingItem() {
        return window.findingsPanel().tree().getRoot().getChildren().get(0).getChildren().get(0);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }
}
