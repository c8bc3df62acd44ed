package org.modesign.ui.template;

import java.util.List;
import org.modesign.starter.Template;
import org.modesign.starter.TemplateFacts;
import org.modesign.starter.Templates;
import org.modesign.model.Design;
import org.modesign.render.ChartScene;
import org.modesign.ui.i18n.I18n;

/**
 * One template as the dialog offers it: its design, the chart of the scenario that opens, its facts,
 * and its name and description in the user's language (bundle keys {@code template.<id>.name} and
 * {@code template.<id>.description}).
 */
record TemplateEntry(Template template, Design design, ChartScene chart, TemplateFacts facts) {

    /** Every template, loaded (the seven bundled samples take a few tens of milliseconds once warm). */
    static List<TemplateEntry> loadAll() {
        return Templates.all().stream().map(TemplateEntry::load).toList();
    }

    static TemplateEntry load(Template template) {
        Design design = Templates.load(template);
        return new TemplateEntry(template, design, ChartScene.of(design, design.scenarios().get(0)),
                TemplateFacts.of(design));
    }

    String name() {
        return I18n.tr(nameKey(template));
    }

    String description() {
        return I18n.tr(descriptionKey(template));
    }

    static String nameKey(Template template) {
        return "template." + template.id() + ".name";
    }

    static String descriptionKey(Template template) {
        return "template." + template.id() + ".description";
    }
}
