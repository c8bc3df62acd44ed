package org.modesign.render;

/**
 * The colours of the stack landscape beyond the chart's: the headers' band, the rules between
 * cells, a chip's border, the words of a mark ("No owner") and what a chip's light tint of its
 * category is mixed with. On a light theme chips are tints towards white with dark words; on a
 * dark theme tints towards the dark card colour, so that the theme's light words read on them.
 *
 * @param header     the band behind the column and layer names
 * @param rule       the rules between columns and layers, and round the grid
 * @param chipBorder the border of a chip without a mark
 * @param markText   the words of a mark on a chip, in the findings' amber
 * @param tintBase   what a category's colour is mixed with for a chip's face
 * @param tintShare  how much of the category's colour a chip's face keeps
 */
record StackColours(Rgb header, Rgb rule, Rgb chipBorder, Rgb markText, Rgb tintBase, double tintShare) {

    private static final Rgb WHITE = Rgb.of(0xFFFFFF);

    /** The landscape's colours with {@code theme}: dark ones when its background is dark. */
    static StackColours of(ChartTheme theme) {
        if (!theme.isDark()) {
            return new StackColours(theme.teamFill(), Rgb.of(0xD3DAE2), Rgb.of(0xB8C1CC), Rgb.of(0x8A5200), WHITE, 0.12);
        }
        return new StackColours(theme.teamFill(), Rgb.of(0x3D4652), Rgb.of(0x56616E),
                theme.badge(BadgeSeverity.WARNING), theme.cardFill(), 0.18);
    }

    /** {@code colour} mixed with {@link #tintBase}, {@link #tintShare} of it kept: a chip's face. */
    Rgb tint(Rgb colour) {
        return tint(colour, tintShare);
    }

    /** {@code colour} mixed with {@link #tintBase}, {@code share} of it kept. */
    Rgb tint(Rgb colour, double share) {
        return new Rgb(mix(colour.red(), tintBase.red(), share), mix(colour.green(), tintBase.green(), share),
                mix(colour.blue(), tintBase.blue(), share), 1);
    }

    private static int mix(int channel, int base, double share) {
        return (int) Math.round(channel * share + base * (1 - share));
    }
}
