package org.modesign.ui.base;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.modesign.render.ChartTheme;

/**
 * What the painted views (the chart, its legend, the stack landscape) draw with, as View ▸ Theme and
 * View ▸ Text Size set it: the chart's palette, and the text scale (1 to 2) by which the chart opens
 * zoomed in further so that its cards' text is as much larger as the panels'.
 */
public final class Look {

    private final ObjectProperty<ChartTheme> chartTheme = new SimpleObjectProperty<>(this, "chartTheme",
            ChartTheme.LIGHT);
    private final ReadOnlyDoubleWrapper textScale = new ReadOnlyDoubleWrapper(this, "textScale", 1);

    public ObjectProperty<ChartTheme> chartThemeProperty() {
        return chartTheme;
    }

    public ChartTheme chartTheme() {
        return chartTheme.get();
    }

    public ReadOnlyDoubleProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    public double textScale() {
        return textScale.get();
    }

    /** Sets the text scale, from 1 to 2. */
    public void setTextScale(double scale) {
        if (!(scale >= 1 && scale <= 2)) {
            throw new IllegalArgumentException("text scale must be from 1 to 2, not " + scale);
        }
        textScale.set(scale);
    }
}
