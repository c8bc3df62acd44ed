package org.modesign.ui.fx;

import org.modesign.render.ChartLabels;
import org.modesign.render.KeyedChartLabels;
import org.modesign.ui.i18n.I18n;

/** The words painted on the chart, from the editor's resource bundle. */
public final class ChartLabelsFx {

    private ChartLabelsFx() {
    }

    public static ChartLabels create() {
        return new KeyedChartLabels(key -> I18n.has(key) ? I18n.bundle().getString(key) : null,
                I18n.bundle().getLocale());
    }
}
