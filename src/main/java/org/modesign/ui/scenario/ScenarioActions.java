package org.modesign.ui.scenario;

import org.modesign.edit.AddScenario;
import org.modesign.edit.DeleteScenario;
import org.modesign.edit.DuplicateScenario;
import org.modesign.edit.RenameScenario;
import org.modesign.edit.SetStrategy;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * What the user can do with scenarios: new, duplicate, rename, set the strategy, delete. Each is
 * one undoable edit; a new or duplicated scenario is shown at once.
 */
public final class ScenarioActions {

    private final EditorContext context;

    public ScenarioActions(EditorContext context) {
        this.context = context;
    }

    /** Adds an empty centralized scenario and shows it. */
    public void addNew() {
        Design design = context.document().design();
        String name = I18n.tr("scenario.new.name", design.scenarios().size() + 1);
        AddScenario add = AddScenario.named(design, name, Strategy.CENTRALIZED);
        if (context.edit(add)) {
            show(add.id());
        }
    }

    /** Copies scenario {@code id} (to derive "local expression" from "centralized") and shows the copy. */
    public void duplicate(String id) {
        Design design = context.document().design();
        Scenario source = design.scenario(id).orElseThrow();
        DuplicateScenario copy = DuplicateScenario.of(design, id, I18n.tr("scenario.copy.name", source.name()));
        if (context.edit(copy)) {
            show(copy.id());
        }
    }

    /** Asks for a new name for scenario {@code id}. */
    public void rename(String id) {
        Scenario scenario = context.document().design().scenario(id).orElseThrow();
        context.dialogs().askText(I18n.tr("scenario.rename.title"), I18n.tr("scenario.rename.prompt"), scenario.name())
                .filter(name -> !name.equals(scenario.name()))
                .ifPresent(name -> context.edit(new RenameScenario(id, name)));
    }

    public void setStrategy(String id, Strategy strategy) {
        Scenario scenario = context.document().design().scenario(id).orElseThrow();
        if (scenario.strategy() != strategy) {
            context.edit(new SetStrategy(id, strategy));
        }
    }

    /** Asks, then deletes scenario {@code id} (the last one cannot go: the edit says so). */
    public void delete(String id) {
        Scenario scenario = context.document().design().scenario(id).orElseThrow();
        if (context.dialogs().confirm(I18n.tr("scenario.delete.title"),
                I18n.tr("scenario.delete.question", scenario.name(), scenario.nodes().size()))) {
            context.edit(new DeleteScenario(id));
        }
    }

    private void show(String id) {
        context.document().scenarioIdProperty().set(id);
    }
}
