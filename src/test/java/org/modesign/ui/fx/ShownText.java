package org.modesign.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What labels draw, as a reader sees it: their whole text, or fewer words ending in "…" when cut. */
public final class ShownText {

    private ShownText() {
    }

    /** The words {@code label}'s skin draws (lines joined by spaces); null before it has a skin. */
    public static String of(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText().replace("\n", " ");
            }
        }
        return null;
    }

    /** What every visible label under {@code root} shows cut short, as it shows it. */
    public static List<String> cutUnder(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled label && label.getText() != null && !label.getText().isEmpty()) {
            String shown = of(label);
            if (shown != null && !shown.equals(label.getText().replace("\n", " "))) {
                cut.add(shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
