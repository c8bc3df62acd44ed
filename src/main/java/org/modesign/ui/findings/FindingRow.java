package org.modesign.ui.findings;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * A finding's row: its severity icon, its rule and phase, its quick fix (if any) and its message,
 * wrapped. Where the message has room for a readable line ({@link #MESSAGE_MIN_EM} em) beside the
 * rest, it stands on the same line, every part on the message's first baseline; in a narrow panel
 * (large text, a small window) the message goes on the lines below, under the rule, instead of being
 * squeezed into a column a word wide.
 */
final class FindingRow extends Pane {

    /** The least width, in em, the message keeps beside the rest before it goes below. */
    static final double MESSAGE_MIN_EM = 18;
    private static final double GAP = 8;
    private static final double LINE_GAP = 2;

    private final Node icon;
    private final Label where;
    private final Button fix;
    private final Label message;

    /** @param fix the quick fix's button, or null */
    FindingRow(Node icon, Label where, Button fix, Label message) {
        this.icon = icon;
        this.where = where;
        this.fix = fix;
        this.message = message;
        message.setWrapText(true);
        message.setMinWidth(0);
        getChildren().addAll(icon, where);
        if (fix != null) {
            getChildren().add(fix);
        }
        getChildren().add(message);
    }

    Label message() {
        return message;
    }

    /** Whether the message stands below the rest at {@code width}. */
    boolean stacked(double width) {
        return width - headWidth() - GAP < MESSAGE_MIN_EM * message.getFont().getSize();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + headWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + headWidth() + GAP + message.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double head = headHeight();
        double height;
        if (inner >= 0 && stacked(inner)) {
            height = head + LINE_GAP + message.prefHeight(messageIndentedWidth(inner));
        } else {
            double messageWidth = inner < 0 ? -1 : Math.max(0, inner - headWidth() - GAP);
            double above = Math.max(headBaseline(), message.getBaselineOffset());
            height = Math.max(above - headBaseline() + head,
                    above - message.getBaselineOffset() + message.prefHeight(messageWidth));
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        boolean below = stacked(inner);
        double baseline = below ? headBaseline() : Math.max(headBaseline(), message.getBaselineOffset());
        double x = left;
        for (Node node : head()) {
            if (node == null) {
                continue;
            }
            double w = node.prefWidth(-1);
            double h = node.prefHeight(w);
            node.resizeRelocate(x, top + baseline - node.getBaselineOffset(), w, h);
            x += w + GAP;
        }
        if (below) {
            double indent = icon.prefWidth(-1) + GAP;
            double w = messageIndentedWidth(inner);
            double y = top + baseline - headBaseline() + headHeight() + LINE_GAP;
            message.resizeRelocate(left + indent, y, w, message.prefHeight(w));
        } else {
            double w = Math.max(0, inner - headWidth() - GAP);
            message.resizeRelocate(x, top + baseline - message.getBaselineOffset(), w, message.prefHeight(w));
        }
    }

    private Node[] head() {
        return new Node[] {icon, where, fix};
    }

    private double headWidth() {
        double w = 0;
        int parts = 0;
        for (Node node : head()) {
            if (node != null) {
                w += node.prefWidth(-1);
                parts++;
            }
        }
        return w + GAP * (parts - 1);
    }

    /** The first line's baseline, from its top, over the icon, the rule and the fix. */
    private double headBaseline() {
        double b = 0;
        for (Node node : head()) {
            if (node != null) {
                b = Math.max(b, node.getBaselineOffset());
            }
        }
        return b;
    }

    /** The first line's height, its parts on one baseline. */
    private double headHeight() {
        double baseline = headBaseline();
        double bottom = 0;
        for (Node node : head()) {
            if (node != null) {
                bottom = Math.max(bottom, baseline - node.getBaselineOffset() + node.prefHeight(-1));
            }
        }
        return bottom;
    }

    private double messageIndentedWidth(double inner) {
        return Math.max(0, inner - icon.prefWidth(-1) - GAP);
    }
}
