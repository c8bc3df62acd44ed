package org.modesign.ui.stack;

import java.util.Optional;
import java.util.function.BiConsumer;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.edit.DeployTool;
import org.modesign.edit.SetDeploymentOwner;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;
import org.modesign.stack.StackFixes;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.findings.QuickFixes;
import org.modesign.ui.i18n.I18n;

/**
 * The quick fixes of the stack's findings in the findings panel, each one undoable step:
 * a tool without an owner → "Make … the owner" (whoever is accountable for the work the tool
 * serves, {@link StackFixes#suggestedOwner}), or, when nobody is, "Choose an owner…", which opens
 * the deployment in the stack view; work that needs a tool and has none → "Deploy …" (the
 * catalogue's tool for it, {@link StackFixes#toolFor}) in the slot's region from the finding's
 * phase on, then shown in the stack view.
 */
public final class StackQuickFixes implements QuickFixes {

    private final EditorContext context;
    private final BiConsumer<String, String> showDeployment;
    /** The index of the last design and scenario asked about: the panel asks once per finding shown. */
    private ScenarioIndex index;

    /** Fixes for {@code context}; {@code showDeployment} opens the stack view on a deployment (tool, region). */
    public StackQuickFixes(EditorContext context, BiConsumer<String, String> showDeployment) {
        this.context = context;
        this.showDeployment = showDeployment;
    }

    @Override
    public Optional<Fix> fixFor(Finding finding) {
        Design design = context.document().design();
        Scenario scenario = design.scenario(finding.scenario() == null ? "" : finding.scenario()).orElse(null);
        if (scenario == null) {
            return Optional.empty();
        }
        return switch (finding.rule()) {
            case TOOL_WITHOUT_OWNER -> finding.tool() == null ? Optional.empty() : owner(design, scenario, finding);
            case UNSUPPORTED_CAPABILITY -> finding.capability() == null ? Optional.empty()
                    : tool(design, scenario, finding);
            default -> Optional.empty();
        };
    }

    private ScenarioIndex index(Design design, Scenario scenario) {
        if (index == null || index.design() != design || index.scenario() != scenario) {
            index = ScenarioIndex.of(design, scenario);
        }
        return index;
    }

    private Optional<Fix> owner(Design design, Scenario scenario, Finding f) {
        String owner = StackFixes.suggestedOwner(index(design, scenario), f.tool(), f.region(), f.phase());
        if (owner == null || !f.nodes().isEmpty() && f.nodes().contains(owner)) {
            return Optional.of(new Fix(I18n.tr("findings.fix.chooseOwner"),
                    () -> showDeployment.accept(f.tool(), f.region())));
        }
        String title = scenario.node(owner).map(Node::label).orElse(owner);
        return Optional.of(new Fix(I18n.tr("findings.fix.makeOwner", title), () -> {
            if (context.edit(new SetDeploymentOwner(f.scenario(), f.tool(), f.region(), owner))) {
                showDeployment.accept(f.tool(), f.region());
            }
        }));
    }

    private Optional<Fix> tool(Design design, Scenario scenario, Finding f) {
        String tool = StackFixes.toolFor(index(design, scenario), f.capability(), f.region());
        if (tool == null) {
            return Optional.empty();
        }
        String name = design.tool(tool).map(Tool::name).orElse(tool);
        String from = f.phase() == null || f.phase().equals(design.phases().get(0).id()) ? null : f.phase();
        return Optional.of(new Fix(I18n.tr("findings.fix.deployTool", name), () -> {
            if (context.edit(new DeployTool(f.scenario(), new StackEntry(tool, f.region(), null, from, null)))) {
                showDeployment.accept(tool, f.region());
            }
        }));
    }
}
