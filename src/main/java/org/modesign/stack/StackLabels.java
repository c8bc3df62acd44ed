package org.modesign.stack;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.modesign.model.Layer;
import org.modesign.model.ToolCategory;
import org.modesign.render.StackLegend;
import org.modesign.text.KeyedTexts;

/**
 * Every word the stack landscape shows that is not the user's own (tool, capability, region and
 * owner names are shown as they are). Looked up by key like {@link org.modesign.render.KeyedChartLabels}:
 * the editor backs it with its resource bundle, the command line uses {@link #ENGLISH}. Patterns
 * follow {@link MessageFormat}; a key the lookup does not know shows in English.
 */
public final class StackLabels {

    /** The English text of every key (the layer, category and region keys are the editor's own). */
    public static final Map<String, String> ENGLISH_TEXTS = Map.ofEntries(
            Map.entry("layer.platform", "Platform"),
            Map.entry("layer.expression", "Expression"),
            Map.entry("layer.governance", "Governance"),
            Map.entry("toolCategory.advertising", "Advertising & promotion"),
            Map.entry("toolCategory.content", "Content & experience"),
            Map.entry("toolCategory.social", "Social & relationships"),
            Map.entry("toolCategory.commerce", "Commerce & sales"),
            Map.entry("toolCategory.data", "Data"),
            Map.entry("toolCategory.management", "Management"),
            Map.entry("region.global", "Global"),
            Map.entry("stack.chip.noOwner", "No owner"),
            Map.entry("stack.chip.ownerInactive", "{0} (inactive)"),
            Map.entry("stack.chip.noTool", "No tool"),
            Map.entry("stack.legend.categories", "Categories"),
            Map.entry("stack.legend.findings", "Findings"),
            Map.entry("stack.legend.noOwner", "No owner, or the owner is inactive"),
            Map.entry("stack.legend.duplicate", "Same work done by two tools"),
            Map.entry("stack.legend.noTool", "Work that needs a tool and has none"),
            Map.entry("stack.sheet.title", "Martech stack"));

    /** Every key a lookup must answer, sorted. */
    public static final List<String> KEYS = List.copyOf(new TreeSet<>(ENGLISH_TEXTS.keySet()));

    /** English words. */
    public static final StackLabels ENGLISH = new StackLabels(ENGLISH_TEXTS::get, Locale.ENGLISH);

    private final KeyedTexts texts;

    /** Labels that ask {@code lookup} for each key and fill patterns in for {@code locale}. */
    public StackLabels(Function<String, String> lookup, Locale locale) {
        this.texts = new KeyedTexts(lookup, ENGLISH_TEXTS, locale);
    }

    /** "Platform", "Expression", "Governance": the landscape's rows. */
    public String layer(Layer layer) {
        return text("layer." + layer.code());
    }

    /** "Advertising & promotion", ...: a chip's colour in the legend. */
    public String category(ToolCategory category) {
        return text("toolCategory." + category.code());
    }

    /** The first column's heading, e.g. "Global". */
    public String globalRegion() {
        return text("region.global");
    }

    /** A deployment's second line when nobody owns it. */
    public String noOwner() {
        return text("stack.chip.noOwner");
    }

    /** A deployment's second line when its owner {@code title} is not active in the phase. */
    public String ownerInactive(String title) {
        return text("stack.chip.ownerInactive", title);
    }

    /** A gap's second line: the work named above has no tool. */
    public String noTool() {
        return text("stack.chip.noTool");
    }

    /** What the exported picture's header calls the landscape, e.g. "Martech stack". */
    public String sheetTitle() {
        return text("stack.sheet.title");
    }

    /** The legend's words. */
    public StackLegend legend() {
        List<String> categories = new ArrayList<>();
        for (ToolCategory category : ToolCategory.values()) {
            categories.add(category(category));
        }
        return new StackLegend(text("stack.legend.categories"), categories, text("stack.legend.findings"),
                text("stack.legend.noOwner"), text("stack.legend.duplicate"), text("stack.legend.noTool"));
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
