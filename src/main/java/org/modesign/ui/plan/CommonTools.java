package org.modesign.ui.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.edit.AddTool;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;
import org.modesign.ui.i18n.I18n;

/**
 * The starter list of "Add Common Martech Tools": a dozen kinds of tool a marketing-operations
 * function runs, named by what they are (no product, no price), each with its landscape category
 * and layer and the tasks of the standard MOps catalogue it serves. The names come from the
 * bundle ({@code plan.tool.common.<id>}), so they are added in the editor's language.
 */
final class CommonTools {

    /** One kind of tool: its id, category, layer and the ids of the standard tasks it serves. */
    private record Kind(String id, ToolCategory category, Layer layer, List<String> serves) {
    }

    /** Each standard task is served by at most one kind, so that the list makes no duplicate-tools finding. */
    private static final List<Kind> KINDS = List.of(
            new Kind("marketing-automation", ToolCategory.ADVERTISING, Layer.PLATFORM, List.of("campaigns")),
            new Kind("crm", ToolCategory.SOCIAL, Layer.PLATFORM, List.of()),
            new Kind("cdp", ToolCategory.DATA, Layer.PLATFORM, List.of("data-quality")),
            new Kind("web-cms", ToolCategory.CONTENT, Layer.EXPRESSION, List.of("web-apps")),
            new Kind("dam", ToolCategory.CONTENT, Layer.PLATFORM, List.of()),
            new Kind("bi", ToolCategory.DATA, Layer.PLATFORM, List.of("analytics")),
            new Kind("tag-manager", ToolCategory.DATA, Layer.PLATFORM, List.of()),
            new Kind("consent-manager", ToolCategory.MANAGEMENT, Layer.GOVERNANCE, List.of("privacy-review")),
            new Kind("social-publishing", ToolCategory.SOCIAL, Layer.EXPRESSION, List.of()),
            new Kind("webinar", ToolCategory.SOCIAL, Layer.EXPRESSION, List.of()),
            new Kind("project-management", ToolCategory.MANAGEMENT, Layer.GOVERNANCE, List.of("workflows")),
            new Kind("attribution", ToolCategory.DATA, Layer.PLATFORM, List.of()));

    private CommonTools() {
    }

    /** How many kinds the list holds. */
    static int size() {
        return KINDS.size();
    }

    /**
     * The kinds whose id {@code design}'s catalogue does not have yet, as tools named in the
     * editor's language, each serving those of its tasks that {@code design}'s catalogue holds.
     */
    static List<Tool> missing(Design design) {
        Set<String> present = new HashSet<>();
        design.tools().forEach(t -> present.add(t.id()));
        Set<String> capabilities = new HashSet<>();
        design.capabilities().stream().map(Capability::id).forEach(capabilities::add);
        List<Tool> tools = new ArrayList<>();
        for (Kind kind : KINDS) {
            if (!present.contains(kind.id())) {
                tools.add(new Tool(kind.id(), I18n.tr("plan.tool.common." + kind.id()), kind.category(), kind.layer(),
                        0, kind.serves().stream().filter(capabilities::contains).toList()));
            }
        }
        return tools;
    }

    /** One step that adds {@code tools} at the end of the catalogue. */
    static EditCommand add(List<Tool> tools) {
        return new CompoundCommand(EditText.of(EditKey.ADD_TOOLS, tools.size()),
                tools.stream().<EditCommand>map(AddTool::new).toList());
    }
}
