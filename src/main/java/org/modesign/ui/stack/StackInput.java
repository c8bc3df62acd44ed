package org.modesign.ui.stack;

import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Keyboard and mouse on the stack view: a click on a chip chooses it (on empty ground, nothing), a
 * drag on empty ground pans, the wheel scrolls (sideways with Shift), Ctrl+wheel zooms about the
 * pointer; Delete and Backspace remove the deployment chosen, Escape chooses none; hovering a
 * chip tells all of it and the findings behind its marks. The view takes Delete even with nothing
 * chosen, so that it never reaches the chart's Delete (which would delete the cards selected there).
 */
final class StackInput {

    /** Zoom factor per notch of the wheel. */
    private static final double ZOOM_STEP = 1.1;

    private final StackView view;
    private final StackCanvas canvas;
    private final Tooltip tooltip = new Tooltip();
    private boolean tooltipInstalled;
    private int hovered = -1;
    private double dragX;
    private double dragY;
    private boolean panning;

    StackInput(StackView view, StackCanvas canvas) {
        this.view = view;
        this.canvas = canvas;
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
    }

    void install() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.canvas().addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.canvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.canvas().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panning = false);
        canvas.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.canvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> showTooltip(-1));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> view.removeChosen();
            case ESCAPE -> view.choose(null, null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        int chip = canvas.chipAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY) {
            view.chooseChip(chip);
        }
        panning = chip < 0;
        dragX = e.getX();
        dragY = e.getY();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            canvas.scrollBy(dragX - e.getX(), dragY - e.getY());
            dragX = e.getX();
            dragY = e.getY();
        }
        e.consume();
    }

    private void hover(MouseEvent e) {
        showTooltip(canvas.chipAt(e.getX(), e.getY()));
    }

    private void showTooltip(int chip) {
        if (chip == hovered) {
            return;
        }
        hovered = chip;
        String text = view.describe(chip);
        if (text == null) {
            if (tooltipInstalled) {
                Tooltip.uninstall(canvas.canvas(), tooltip);
                tooltipInstalled = false;
            }
            return;
        }
        tooltip.setText(text);
        if (!tooltipInstalled) {
            Tooltip.install(canvas.canvas(), tooltip);
            tooltipInstalled = true;
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                canvas.zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
            }
        } else {
            double dx = -e.getDeltaX();
            double dy = -e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            canvas.scrollBy(dx, dy);
        }
        e.consume();
    }
}
