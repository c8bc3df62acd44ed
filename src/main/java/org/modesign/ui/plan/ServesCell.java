package org.modesign.ui.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.modesign.model.Capability;
import org.modesign.model.Tool;
import org.modesign.ui.i18n.I18n;

/**
 * The capabilities a tool serves, as a drop-down of the catalogue with a tick box each (ControlsFX
 * {@link CheckComboBox}): it reads as the names ticked. What is ticked and cleared while the list
 * is open counts when it closes, as one undoable edit (as a drop-down's choice counts when it
 * closes, {@link org.modesign.ui.form.Picks}); a change made with the list closed counts at once.
 */
final class ServesCell extends TableCell<Tool, List<String>> {

    /** What ticking does: the tool, and the capabilities (ids) ticked or cleared, in the order it happened. */
    interface Tick {
        void serve(Tool tool, Map<String, Boolean> changes);
    }

    private final CheckComboBox<Capability> combo = new CheckComboBox<>();
    private final Supplier<List<Capability>> catalogue;
    private final Tick tick;
    private final Tooltip tooltip = new Tooltip();
    /** The ticks made in the open list, for the tool shown when it opened. */
    private final Map<String, Boolean> pending = new LinkedHashMap<>();
    private ComboBox<?> list;
    private boolean updating;

    ServesCell(Supplier<List<Capability>> catalogue, Tick tick) {
        this.catalogue = catalogue;
        this.tick = tick;
        combo.getStyleClass().add("plan-tool-serves");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Capability capability) {
                return capability == null ? "" : capability.name();
            }

            @Override
            public Capability fromString(String text) {
                throw new UnsupportedOperationException("the list reads no text");
            }
        });
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<Capability>) change -> {
            if (updating || row() == null) {
                return;
            }
            while (change.next()) {
                change.getRemoved().forEach(c -> pending.put(c.id(), false));
                change.getAddedSubList().forEach(c -> pending.put(c.id(), true));
            }
            if (list == null || !list.isShowing()) {
                commit();
            }
        });
        // The open list is the skin's combo box: when it closes, the ticks made in it count.
        combo.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof SkinBase<?> base) {
                base.getChildren().stream().filter(ComboBox.class::isInstance).findFirst().ifPresent(inner -> {
                    list = (ComboBox<?>) inner;
                    list.showingProperty().addListener((o, was, showing) -> {
                        if (!showing) {
                            commit();
                        }
                    });
                });
            }
        });
        // From the keyboard: Space, Enter, F4 or Alt+Down opens the list; in it Space ticks, Escape closes.
        combo.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode key = e.getCode();
            if (key == KeyCode.SPACE || key == KeyCode.ENTER || key == KeyCode.F4
                    || (e.isAltDown() && (key == KeyCode.DOWN || key == KeyCode.UP))) {
                combo.show();
                e.consume();
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private Tool row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    /** Hands on the ticks that change what the tool serves (a tick cleared again changes nothing). */
    private void commit() {
        Tool tool = row();
        if (tool == null) {
            pending.clear();
            return;
        }
        Map<String, Boolean> changes = new LinkedHashMap<>();
        pending.forEach((capability, serves) -> {
            if (tool.serves(capability) != serves) {
                changes.put(capability, serves);
            }
        });
        pending.clear();
        if (!changes.isEmpty()) {
            tick.serve(tool, changes);
        }
    }

    /** The drop-down (for tests). */
    CheckComboBox<Capability> combo() {
        return combo;
    }

    @Override
    protected void updateItem(List<String> served, boolean empty) {
        super.updateItem(served, empty);
        if (empty || served == null) {
            setGraphic(null);
            return;
        }
        show(served);
        setGraphic(org.modesign.ui.a11y.AccessibleNames.nameByColumn(this, combo));
    }

    /** Ticks exactly {@code served}; changes nothing when the ticks are already so (as after the cell's own edit). */
    private void show(List<String> served) {
        pending.clear();
        updating = true;
        try {
            List<Capability> all = catalogue.get();
            if (!combo.getItems().equals(all)) {
                combo.getCheckModel().clearChecks();
                combo.getItems().setAll(all);
            }
            Set<String> want = new HashSet<>(served);
            Set<String> have = combo.getCheckModel().getCheckedItems().stream().map(Capability::id)
                    .collect(Collectors.toSet());
            if (!want.equals(have)) {
                for (int i = 0; i < all.size(); i++) {
                    if (want.contains(all.get(i).id())) {
                        combo.getCheckModel().check(i);
                    } else {
                        combo.getCheckModel().clearCheck(i);
                    }
                }
            }
            String names = all.stream().filter(c -> want.contains(c.id())).map(Capability::name)
                    .collect(Collectors.joining(I18n.tr("plan.tool.servesSeparator")));
            tooltip.setText(names.isEmpty() ? I18n.tr("plan.tool.serves.none") : names);
            combo.setTooltip(tooltip);
        } finally {
            updating = false;
        }
    }
}
