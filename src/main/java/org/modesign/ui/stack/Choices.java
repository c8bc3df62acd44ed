package org.modesign.ui.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.ui.i18n.I18n;

/** The choices the stack view's drop-downs offer, in the design's order. */
final class Choices {

    private Choices() {
    }

    /** {@code global} ("Global"), then each region of the design. */
    static List<Choice> regions(Design design) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(Region.GLOBAL, I18n.tr("region.global")));
        for (Region region : design.regions()) {
            choices.add(new Choice(region.id(), region.name()));
        }
        return choices;
    }

    /** Each phase of the plan. */
    static List<Choice> phases(Design design) {
        List<Choice> choices = new ArrayList<>();
        for (Phase phase : design.phases()) {
            choices.add(new Choice(phase.id(), phase.name()));
        }
        return choices;
    }

    /** "No owner", then every card of the scenario by its title (its id beside a title another card has too). */
    static List<Choice> owners(Scenario scenario) {
        List<Choice> choices = new ArrayList<>(scenario.nodes().size() + 1);
        choices.add(new Choice(null, I18n.tr("stack.owner.none")));
        java.util.Map<String, Integer> titles = new java.util.HashMap<>();
        for (Node node : scenario.nodes()) {
            titles.merge(node.label(), 1, Integer::sum);
        }
        for (Node node : scenario.nodes()) {
            String text = titles.get(node.label()) > 1 ? I18n.tr("stack.owner.withId", node.label(), node.id())
                    : node.label();
            choices.add(new Choice(node.id(), text));
        }
        return choices;
    }

    /** The choice standing for {@code id}, or null. */
    static Choice find(List<Choice> choices, String id) {
        for (Choice choice : choices) {
            if (Objects.equals(choice.id(), id)) {
                return choice;
            }
        }
        return null;
    }
}
