package org.modesign.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Office;
import org.modesign.model.Sourcing;

/**
 * The chart's palette and stroke patterns. {@link #LIGHT} is the default, {@link #DARK} its dark
 * counterpart; archetype colours come from the Okabe–Ito palette, which stays distinct for the
 * common kinds of colour blindness, and every colour-coded thing also differs in shape or words
 * (glyphs, badge shapes, sourcing tags). Text stands out from what is behind it by at least 4.5 : 1
 * and borders, lines, badges and the selection by 3 : 1 (WCAG 2.2; {@code ChartThemeContrastTest}).
 *
 * @param focusRing  the ring round the selected card while the chart has the keyboard focus (apart from
 *                   the selection's colour, so that it reads as "the keys are here")
 * @param people     the colours of vacant positions, committees and squads
 * @param ghostAlpha opacity factor of nodes and lines inactive in the shown phase
 */
public record ChartTheme(
        Rgb background,
        Rgb grid,
        Rgb cardFill,
        Rgb cardBorder,
        Rgb cardText,
        Rgb cardDetailText,
        Map<Archetype, Rgb> archetypes,
        Map<Office, Rgb> offices,
        Rgb teamFill,
        Rgb teamBorder,
        Rgb teamText,
        Map<LineKind, LineAppearance> lines,
        Map<Sourcing, Dash> sourcingDashes,
        Rgb selection,
        Rgb focusRing,
        Map<BadgeSeverity, Rgb> badges,
        PeopleColours people,
        double ghostAlpha) {

    /** Dark lines and text on white cards over a light background. */
    public static final ChartTheme LIGHT = new ChartTheme(
            Rgb.of(0xF7F8FA),
            Rgb.of(0xE3E7EC),
            Rgb.of(0xFFFFFF),
            Rgb.of(0x6B7280),
            Rgb.of(0x1F2933),
            Rgb.of(0x52606D),
            Map.of(Archetype.LEADER, Rgb.of(0x0072B2),
                    Archetype.MAESTRO, Rgb.of(0x009E73),
                    Archetype.MODELER, Rgb.of(0x56B4E9),
                    Archetype.MAKER, Rgb.of(0xE69F00),
                    Archetype.MARKETER, Rgb.of(0xCC79A7)),
            Map.of(Office.CEO, Rgb.of(0x2F3B4C),
                    Office.CMO, Rgb.of(0x6C4A8C),
                    Office.IT, Rgb.of(0x2E6F8E),
                    Office.CFO, Rgb.of(0x4E7A3A),
                    Office.SALES, Rgb.of(0x9C5B1E),
                    Office.OTHER, Rgb.of(0x5F6670)),
            Rgb.of(0xE8EEF4),
            Rgb.of(0x5B6B7B),
            Rgb.of(0x1F2933),
            Map.of(LineKind.SOLID, new LineAppearance(Rgb.of(0x4A5563), 1.5, Dash.SOLID, true),
                    LineKind.DOTTED, new LineAppearance(Rgb.of(0x6B7A8C), 1.5, new Dash(3, 3), true),
                    LineKind.MEMBER, new LineAppearance(Rgb.of(0x838E9B), 1, Dash.SOLID, false)),
            Map.of(Sourcing.IN_HOUSE, Dash.SOLID,
                    Sourcing.AGENCY, new Dash(6, 3),
                    Sourcing.CONTRACTOR, new Dash(2, 2),
                    Sourcing.SECONDED, new Dash(10, 4)),
            Rgb.of(0x2962FF),
            Rgb.of(0xC2410C),
            Map.of(BadgeSeverity.ERROR, Rgb.of(0xC62828),
                    BadgeSeverity.WARNING, Rgb.of(0xB07A00),
                    BadgeSeverity.INFO, Rgb.of(0x1565C0)),
            new PeopleColours(Rgb.of(0xB45309), Rgb.of(0xFFF7EB), Rgb.of(0x5B4FCF), Rgb.of(0xF3F1FF),
                    Rgb.of(0x0F766E), Rgb.of(0xE3F2EF), Rgb.of(0x8B5A2B), Rgb.of(0xF5EEE6),
                    Rgb.of(0x334155), Rgb.of(0xFFFFFF)),
            0.25);

    /** Light lines and text on dark grey cards over a near-black background (View ▸ Theme ▸ Dark). */
    public static final ChartTheme DARK = new ChartTheme(
            Rgb.of(0x1B1F24),
            Rgb.of(0x262C33),
            Rgb.of(0x262C34),
            Rgb.of(0x8A94A3),
            Rgb.of(0xECEFF3),
            Rgb.of(0xB3BCC8),
            LIGHT.archetypes,
            Map.of(Office.CEO, Rgb.of(0x5A6B82),
                    Office.CMO, Rgb.of(0x8764B3),
                    Office.IT, Rgb.of(0x3F8DB3),
                    Office.CFO, Rgb.of(0x679E4E),
                    Office.SALES, Rgb.of(0xB8732F),
                    Office.OTHER, Rgb.of(0x7D8591)),
            Rgb.of(0x2C3540),
            Rgb.of(0x8A9BB0),
            Rgb.of(0xECEFF3),
            Map.of(LineKind.SOLID, new LineAppearance(Rgb.of(0xA7B1BE), 1.5, Dash.SOLID, true),
                    LineKind.DOTTED, new LineAppearance(Rgb.of(0x8D99A8), 1.5, new Dash(3, 3), true),
                    LineKind.MEMBER, new LineAppearance(Rgb.of(0x6E7A88), 1, Dash.SOLID, false)),
            LIGHT.sourcingDashes,
            Rgb.of(0x6EA0FF),
            Rgb.of(0xFDBA74),
            Map.of(BadgeSeverity.ERROR, Rgb.of(0xEF5350),
                    BadgeSeverity.WARNING, Rgb.of(0xF2B300),
                    BadgeSeverity.INFO, Rgb.of(0x5AA9F0)),
            new PeopleColours(Rgb.of(0xE39A3B), Rgb.of(0x3A2C1B), Rgb.of(0xA49BFF), Rgb.of(0x2D2A47),
                    Rgb.of(0x35B8A8), Rgb.of(0x1E3A37), Rgb.of(0xC98E5A), Rgb.of(0x3A2E23),
                    Rgb.of(0xCBD5E1), Rgb.of(0x1B1F24)),
            0.3);

    public ChartTheme {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(cardFill, "cardFill");
        Objects.requireNonNull(cardBorder, "cardBorder");
        Objects.requireNonNull(cardText, "cardText");
        Objects.requireNonNull(cardDetailText, "cardDetailText");
        Objects.requireNonNull(teamFill, "teamFill");
        Objects.requireNonNull(teamBorder, "teamBorder");
        Objects.requireNonNull(teamText, "teamText");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(focusRing, "focusRing");
        Objects.requireNonNull(people, "people");
        archetypes = complete(archetypes, Archetype.class, "archetypes");
        offices = complete(offices, Office.class, "offices");
        lines = complete(lines, LineKind.class, "lines");
        sourcingDashes = complete(sourcingDashes, Sourcing.class, "sourcingDashes");
        badges = complete(badges, BadgeSeverity.class, "badges");
        if (!(ghostAlpha >= 0 && ghostAlpha <= 1)) {
            throw new IllegalArgumentException("ghostAlpha must be from 0 to 1, not " + ghostAlpha);
        }
    }

    /**
     * Whether this is a dark theme, light text on a dark background: the views with colours of their
     * own beyond the chart's (the matrix, the stack landscape, the overview map) choose theirs by it.
     */
    public boolean isDark() {
        return Contrast.luminance(background) < 0.2;
    }

    /** The same theme on another background (exports print on white). */
    public ChartTheme withBackground(Rgb newBackground) {
        return new ChartTheme(newBackground, grid, cardFill, cardBorder, cardText, cardDetailText, archetypes, offices,
                teamFill, teamBorder, teamText, lines, sourcingDashes, selection, focusRing, badges, people, ghostAlpha);
    }

    public Rgb archetype(Archetype archetype) {
        return archetypes.get(archetype);
    }

    public Rgb office(Office office) {
        return offices.get(office);
    }

    public LineAppearance line(LineKind kind) {
        return lines.get(kind);
    }

    /** The border pattern of a role card: solid in house, dashed for the others. */
    public Dash sourcingDash(Sourcing sourcing) {
        return sourcingDashes.get(sourcing);
    }

    public Rgb badge(BadgeSeverity severity) {
        return badges.get(severity);
    }

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> map, Class<K> keys, String name) {
        EnumMap<K, V> copy = new EnumMap<>(keys);
        copy.putAll(map);
        for (K key : keys.getEnumConstants()) {
            Objects.requireNonNull(copy.get(key), () -> name + " has no entry for " + key);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
