package org.modesign.ui.template;

import java.util.ArrayList;
import java.util.List;
import org.modesign.starter.TemplateFacts;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.form.FteText;

/** The facts of a template as short lines for the dialog: size at the end of the plan, phases, scenarios, regions. */
final class FactsText {

    private FactsText() {
    }

    static List<String> lines(TemplateFacts facts) {
        List<String> lines = new ArrayList<>();
        lines.add(I18n.tr("template.facts.size", facts.lastPhase(), facts.roles(), FteText.format(facts.fte()),
                facts.teams()));
        lines.add(I18n.tr("template.facts.phases", facts.phases().size(),
                String.join(I18n.tr("template.facts.then"), facts.phases())));
        lines.add(I18n.tr("template.facts.scenarios", facts.scenarios().size(),
                String.join(I18n.tr("template.facts.separator"), facts.scenarios())));
        if (!facts.regions().isEmpty()) {
            lines.add(I18n.tr("template.facts.regions", facts.regions().size(),
                    String.join(I18n.tr("template.facts.separator"), facts.regions())));
        }
        return lines;
    }
}
