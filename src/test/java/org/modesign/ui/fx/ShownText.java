package org.modesign.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What labels draw, as a reader sees it: their whole text, or fewer words ending in "…" when cut. */
public final class ShownText {

    private ShownText() {
    }

    /** The words {@code label}'s skin draws (lines joined by spaces); null before it has a skin. */
    public static String of(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            // the skin's text, not a graphic that is a Text too (an icon's glyph)
            if (child instanceof Text text && child != label.getGraphic() && child.getStyleClass().contains("text")) {
                return text.getText().replace("\n", " ");
            }
        }
        return null;
    }

    /** The words {@code label} would show whole: its text, its mnemonic's underscore taken out. */
    public static String whole(Labeled label) {
        String text = label.getText().replace("\n", " ");
        if (label.isMnemonicParsing()) {
            int mark = text.indexOf('_');
            if (mark >= 0 && mark + 1 < text.length()) {
                text = text.substring(0, mark) + text.substring(mark + 1);
            }
        }
        return text;
    }

    /** What every visible label under {@code root} shows cut short, as it shows it, and where it is. */
    public static List<String> cutUnder(Node root) {
        return cutUnder(root, node -> false);
    }

    /** The same, leaving out the nodes {@code skip} names and what they hold. */
    public static List<String> cutUnder(Node root, Predicate<Node> skip) {
        List<String> cut = new ArrayList<>();
        collect(root, skip, cut);
        return cut;
    }

    /**
     * What is cut under {@code root} once the window has settled: a view lays out over a few pulses,
     * and some of it (the plan, the comparison) comes from the background, so what is cut is looked at
     * again until it stays the same for about a second, or nothing is cut. Call off the JavaFX thread.
     */
    public static List<String> settledCutsUnder(FxRobot robot, Supplier<Node> root, Predicate<Node> skip) {
        List<String> last = null;
        int same = 0;
        for (int tries = 0; tries < 60 && same < 6; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            List<String> now = new ArrayList<>();
            robot.interact(() -> now.addAll(cutUnder(root.get(), skip)));
            if (now.isEmpty()) {
                return now;
            }
            same = now.equals(last) ? same + 1 : 0;
            last = now;
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        }
        return last;
    }

    /** Where {@code node} is: its kind, id and style classes, and its parents'. */
    static String where(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 400; n = n.getParent()) {
            path.append(n.getClass().getSimpleName());
            if (n.getId() != null) {
                path.append('#').append(n.getId());
            }
            if (!n.getStyleClass().isEmpty()) {
                path.append(n.getStyleClass());
            }
            path.append(" < ");
        }
        return path.toString();
    }

    private static void collect(Node node, Predicate<Node> skip, List<String> cut) {
        if (!node.isVisible() || skip.test(node)) {
            return;
        }
        if (node instanceof Labeled label && label.getText() != null && !label.getText().isEmpty()) {
            String shown = of(label);
            if (shown != null && !shown.equals(whole(label))) {
                cut.add(shown + " @ " + where(label));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, skip, cut);
            }
        }
    }
}
