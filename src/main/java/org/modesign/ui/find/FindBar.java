package org.modesign.ui.find;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.find.FindHit;
import org.modesign.find.FindMode;
import org.modesign.ui.i18n.I18n;

/**
 * The find bar over the chart's top-right corner: a clearable field (AtlantaFX's
 * {@code CustomTextField}, styled by the editor's theme, which ControlsFX's clearable field's own
 * Modena stylesheet is not), a "holds …"
 * toggle that searches the capabilities cards hold, the count, previous and next, and the list of
 * matches as one types. Up and Down move in the list, Enter (or a click) goes to a match, Escape
 * closes the bar. What a query finds is asked of {@code search}; going is left to {@code go}.
 */
final class FindBar extends VBox {

    /** Searches a query; answers the matches, best first. */
    interface Search {
        List<FindHit> find(String query, FindMode mode);
    }

    private static final int VISIBLE_ROWS = 8;

    private final CustomTextField field = new CustomTextField();
    private final ToggleButton holds = new ToggleButton(I18n.tr("find.holds"));
    private final Label count = new Label();
    private final ListView<FindHit> list = new ListView<>();
    private Runnable onClose = () -> { };

    FindBar(Search search, Consumer<Integer> go, Consumer<Integer> step) {
        setId("find-bar");
        getStyleClass().add("find-bar");
        setPadding(new Insets(6));
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.setId("find-field");
        field.setPromptText(I18n.tr("find.prompt"));
        org.modesign.ui.a11y.AccessibleNames.name(field, I18n.tr("find.prompt"));
        field.setPrefColumnCount(22);
        field.setLeft(new FontIcon("mdi2m-magnify"));
        FontIcon clear = new FontIcon("mdi2c-close-circle");
        clear.setCursor(Cursor.DEFAULT);
        clear.setOnMouseClicked(e -> field.clear());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        holds.setId("find-holds");
        holds.setTooltip(new Tooltip(I18n.tr("find.holds.tip")));
        holds.setFocusTraversable(false);
        count.setId("find-count");
        count.setMinWidth(70);
        Button previous = iconButton("mdi2c-chevron-up", "find.previous.tip", () -> step.accept(-1));
        Button next = iconButton("mdi2c-chevron-down", "find.next.tip", () -> step.accept(1));
        Button close = iconButton("mdi2c-close", "find.close.tip", this::close);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(4, field, holds, count, previous, next, close);
        row.setAlignment(Pos.CENTER_LEFT);
        list.setId("find-list");
        list.setCellFactory(v -> new HitCell());
        list.setFixedCellSize(42);
        list.setFocusTraversable(false);
        list.setPrefHeight(0);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedIndex() >= 0) {
                go.accept(list.getSelectionModel().getSelectedIndex());
            }
        });
        getChildren().addAll(row, list);
        Runnable searchNow = () -> showHits(search.find(field.getText(), holds.isSelected() ? FindMode.HOLDS
                : FindMode.ANYTHING));
        field.textProperty().addListener((obs, old, text) -> searchNow.run());
        holds.selectedProperty().addListener((obs, old, on) -> {
            field.setPromptText(I18n.tr(on ? "find.holds.prompt" : "find.prompt"));
            searchNow.run();
            field.requestFocus();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int to = Math.max(0, Math.min(list.getItems().size() - 1, selected + (e.getCode() == KeyCode.DOWN ? 1 : -1)));
                list.getSelectionModel().select(to);
                list.scrollTo(Math.max(0, to - VISIBLE_ROWS / 2));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    step.accept(-1);
                } else if (!list.getItems().isEmpty()) {
                    go.accept(Math.max(0, selected));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    private static Button iconButton(String icon, String tipKey, Runnable action) {
        Button b = new Button();
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(I18n.tr(tipKey)));
        org.modesign.ui.a11y.AccessibleNames.byTooltip(b);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows the matches of the query just typed, the list as tall as it needs (at most eight rows). */
    private void showHits(List<FindHit> hits) {
        list.getItems().setAll(hits);
        list.setPrefHeight(hits.isEmpty() ? 0 : Math.min(hits.size(), VISIBLE_ROWS) * list.getFixedCellSize() + 2);
        list.setVisible(!hits.isEmpty());
        list.setManaged(!hits.isEmpty());
        showPosition(-1);
    }

    /** Shows "3 of 12" for match {@code index}, or the count when none is current. */
    void showPosition(int index) {
        int n = list.getItems().size();
        if (field.getText().isBlank()) {
            count.setText("");
        } else if (n == 0) {
            count.setText(I18n.tr("find.none"));
        } else if (index < 0) {
            count.setText(I18n.tr("find.count", n));
        } else {
            count.setText(I18n.tr("find.position", index + 1, n));
            list.getSelectionModel().select(index);
        }
    }

    /** Hides the list of matches (after going to one), keeping the query for F3. */
    void foldList() {
        list.setVisible(false);
        list.setManaged(false);
    }

    /** Shows the bar with its field focused and its text selected, ready for a new query. */
    void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
        if (!list.getItems().isEmpty()) {
            list.setVisible(true);
            list.setManaged(true);
        }
    }

    void close() {
        setVisible(false);
        onClose.run();
    }

    void setOnClose(Runnable action) {
        onClose = action;
    }

    String query() {
        return field.getText();
    }

    List<FindHit> hits() {
        return list.getItems();
    }
}
