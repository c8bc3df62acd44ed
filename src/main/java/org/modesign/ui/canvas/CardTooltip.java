package org.modesign.ui.canvas;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.render.CardText;
import org.modesign.render.ChartLabels;
import org.modesign.render.ChartScene;

/**
 * The tooltip of the card under the pointer: its whole title (a card cuts one too long for the
 * lines it has with "…", and zoomed out shows only the title) and what the card says in words:
 * for a role its archetype, FTE, region and sourcing; for an executive the office; for a team its
 * region.
 * Shown while the pointer rests on a card, hidden elsewhere on the chart.
 */
final class CardTooltip {

    private final javafx.scene.Node owner;
    private final ChartLabels labels;
    private final Tooltip tooltip = new Tooltip();
    private boolean installed;
    private Node shown;

    CardTooltip(javafx.scene.Node owner, ChartLabels labels) {
        this.owner = owner;
        this.labels = labels;
        tooltip.setShowDelay(Duration.millis(600));
        tooltip.setId("card-tooltip");
    }

    /** Shows the tooltip of card {@code index} of {@code scene} when the pointer rests there; none when -1. */
    void pointAt(ChartScene scene, int index) {
        Node node = index >= 0 ? scene.node(index) : null;
        if (node == null) {
            if (installed) {
                Tooltip.uninstall(owner, tooltip);
                installed = false;
            }
            shown = null;
            return;
        }
        if (node != shown) {
            shown = node;
            tooltip.setText(describe(node, scene.regionName(index)));
        }
        if (!installed) {
            Tooltip.install(owner, tooltip);
            installed = true;
        }
    }

    Tooltip tooltip() {
        return tooltip;
    }

    /** The text for {@code node} whose region is named {@code region} (null: global). */
    String describe(Node node, String region) {
        if (node instanceof Role role) {
            String details = CardText.roleSummary(labels, role, region);
            if (role.sourcing() != Sourcing.IN_HOUSE) {
                details += CardText.SEPARATOR + labels.sourcing(role.sourcing());
            }
            return role.title() + "\n" + details;
        }
        if (node instanceof Executive executive) {
            return executive.title() + "\n" + labels.office(executive.office());
        }
        return node.label() + "\n" + CardText.region(labels, region);
    }
}
