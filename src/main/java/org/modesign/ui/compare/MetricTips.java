package org.modesign.ui.compare;

import javafx.scene.control.Label;
import org.modesign.ui.form.ArchetypeTips;
import org.modesign.ui.i18n.I18n;

/** Explains the metrics a newcomer asks about (central share, slots, layers, coverage) in a tooltip where they are shown. */
final class MetricTips {

    private MetricTips() {
    }

    /** Gives {@code label} the tooltip of {@code metric} (or of its group, e.g. {@code fteByRegion.emea}) when it has one. */
    static Label explain(Label label, String metric) {
        String base = metric.contains(".") ? metric.substring(0, metric.indexOf('.')) : metric;
        String key = "compare.metric." + base + ".tip";
        if (I18n.has(key)) {
            label.setTooltip(ArchetypeTips.tooltip(I18n.tr(key)));
        }
        return label;
    }
}
