package org.modesign.render;

import static org.modesign.render.CardMetrics.BAND_WIDTH;
import static org.modesign.render.CardMetrics.CAP_HEIGHT;
import static org.modesign.render.CardMetrics.COMPACT_FONT;
import static org.modesign.render.CardMetrics.COMPACT_LEADING;
import static org.modesign.render.CardMetrics.DESCENT;
import static org.modesign.render.CardMetrics.DETAIL_FONT;
import static org.modesign.render.CardMetrics.DETAIL_LEADING;
import static org.modesign.render.CardMetrics.PADDING;
import static org.modesign.render.CardMetrics.TEAM_STRIP;
import static org.modesign.render.CardMetrics.TEXT_INSET;
import static org.modesign.render.CardMetrics.TITLE_FONT;
import static org.modesign.render.CardMetrics.TITLE_LEADING;
import static org.modesign.render.CardMetrics.TITLE_TO_DETAIL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.NodeType;

/**
 * Sets the words of a card in its text area: the title wrapped over lines (see {@link LineBreaker}),
 * then the detail's parts run on with {@link CardText#SEPARATOR} and broken between parts, the
 * whole block centred in the card's height. A role's text stands right of its colour band, an
 * executive's is centred, a team's stands under its accent strip.
 *
 * <p>How many lines each gets ({@link Mode}): on screen the title gets two lines and the detail
 * what room is left (one line at least); a title gets a third line only while the detail still
 * fits. In an export every title is whole: it takes the lines it needs, and only when even then it
 * does not fit with one line of detail is it set smaller. What does not fit is cut with "…" at the
 * end of the last line shown.
 *
 * <p>Measuring is dear, so the result is cached by the card's words and size (cards with the same
 * words share one entry): a chart's cards are set once, not on every frame. Like
 * {@link TextFitter}, the cache belongs to one surface at a time and is emptied when another one
 * is passed, or when it holds {@link #MAX_ENTRIES}. Not thread-safe.
 */
final class CardTypesetter {

    /** How much text a card carries. */
    enum Mode {
        /** The title only, in {@link CardMetrics#COMPACT_FONT}, over as many lines as fit. */
        COMPACT,
        /** Title and detail; the title over two lines, three while the detail still fits. */
        FULL,
        /** Title and detail, the title whole, set smaller if it must be: for exports. */
        WHOLE
    }

    static final int MAX_ENTRIES = 20_000;
    /** The lines a title gets on screen before any of it is cut, unless the card has room for more. */
    static final int TITLE_LINES = 2;
    /** A title that does not fit whole is set smaller by this factor, step by step. */
    private static final double SHRINK = 0.9;
    /** ... down to this size, where it stops (a title of hundreds of letters). */
    private static final double MIN_TITLE_SIZE = 1;

    private record Key(NodeType type, double width, double height, String title, List<String> details, Mode mode) {
    }

    /** The text area of a card: left edge (or centre) of the lines, width, and the band they are centred in. */
    private record Area(double x, double width, double top, double height, TextAlign align) {
    }

    /** A line of detail and the whole detail from its start, to cut it short from. */
    private record Row(String text, String rest) {
    }

    private final Map<Key, CardLines> cache = new HashMap<>();
    private final LineBreaker breaker = new LineBreaker();
    private final TextFitter fitter = new TextFitter();
    private Surface owner;

    /**
     * The lines of a card of {@code type}, {@code width × height}, with {@code title} and the
     * parts of its detail (ignored in {@link Mode#COMPACT}), as {@code surface} measures them.
     */
    CardLines set(Surface surface, NodeType type, double width, double height, String title, List<String> details,
            Mode mode) {
        if (surface != owner || cache.size() >= MAX_ENTRIES) {
            cache.clear();
            owner = surface;
        }
        Key key = new Key(type, width, height, title, mode == Mode.COMPACT ? List.of() : details, mode);
        CardLines lines = cache.get(key);
        if (lines == null) {
            lines = typeset(surface, key);
            cache.put(key, lines);
        }
        return lines;
    }

    private CardLines typeset(Surface surface, Key key) {
        Area area = area(key.type(), key.width(), key.height());
        if (area.width() <= 0) {
            return CardLines.NONE;
        }
        String title = LineBreaker.normalise(key.title());
        List<Row> rows = key.mode() == Mode.COMPACT ? List.of() : rows(surface, key.details(), area.width());
        Choice choice = choose(surface, title, rows.size(), area, key.mode());
        return place(surface, title, rows, area, choice);
    }

    /**
     * How a title is set and how many lines it and the detail get: the font and leading, the
     * title's lines in that font, how many of them are shown, how many lines of detail.
     */
    private record Choice(FontSpec font, double leading, List<LineBreaker.Line> lines, int titleLines,
            int detailLines) {
    }

    /** How to set {@code title} over {@code rows} lines of detail in {@code area} (see the class comment). */
    private Choice choose(Surface surface, String title, int rows, Area area, Mode mode) {
        double room = area.height() - 2 * TEXT_INSET;
        boolean compact = mode == Mode.COMPACT;
        FontSpec font = compact ? COMPACT_FONT : TITLE_FONT;
        double leading = compact ? COMPACT_LEADING : TITLE_LEADING;
        while (true) {
            List<LineBreaker.Line> lines = breaker.lines(surface, title, font, area.width());
            int t = Math.min(lines.size(), compact ? 1 : TITLE_LINES);
            int d = detailLines(font, leading, t, rows, room);
            while (t < lines.size() && span(font, leading, t + 1, d) <= room) {
                t++;
            }
            if (t == lines.size() || mode != Mode.WHOLE || font.size() * SHRINK < MIN_TITLE_SIZE) {
                return new Choice(font, leading, lines, t, d);
            }
            if (span(font, leading, lines.size(), Math.min(1, rows)) <= room) {
                t = lines.size();
                return new Choice(font, leading, lines, t, detailLines(font, leading, t, rows, room));
            }
            font = new FontSpec(font.size() * SHRINK, true);
            leading *= SHRINK;
        }
    }

    /** The lines chosen, placed: the block centred in the area's height, what is left out cut with "…". */
    private CardLines place(Surface surface, String title, List<Row> rows, Area area, Choice choice) {
        FontSpec font = choice.font();
        List<LineBreaker.Line> lines = choice.lines();
        int t = choice.titleLines();
        int d = choice.detailLines();
        List<CardLines.TextLine> set = new ArrayList<>(t + d);
        double baseline = area.top() + (area.height() - span(font, choice.leading(), t, d)) / 2
                + CAP_HEIGHT * (t > 0 ? font.size() : DETAIL_FONT.size());
        boolean titleCut = false;
        for (int i = 0; i < t; i++) {
            String text = lines.get(i).text();
            if (i == t - 1 && t < lines.size()) {
                text = fitter.fit(surface, title.substring(lines.get(i).start()), font, area.width());
                titleCut = true;
            }
            set.add(new CardLines.TextLine(text, area.x(), baseline, font, area.align(), true));
            baseline += i < t - 1 ? choice.leading() : TITLE_TO_DETAIL;
        }
        boolean detailCut = false;
        for (int i = 0; i < d; i++) {
            String text = rows.get(i).text();
            if (i == d - 1 && d < rows.size()) {
                text = fitter.fit(surface, rows.get(i).rest(), DETAIL_FONT, area.width());
                detailCut = true;
            }
            set.add(new CardLines.TextLine(text, area.x(), baseline, DETAIL_FONT, area.align(), false));
            baseline += DETAIL_LEADING;
        }
        return new CardLines(List.copyOf(set), titleCut, detailCut);
    }

    private static Area area(NodeType type, double width, double height) {
        return switch (type) {
            case ROLE -> new Area(BAND_WIDTH + PADDING, width - BAND_WIDTH - 2 * PADDING, 0, height, TextAlign.LEFT);
            case EXECUTIVE -> new Area(width / 2, width - 2 * PADDING, 0, height, TextAlign.CENTER);
            case TEAM -> new Area(PADDING, width - 2 * PADDING, TEAM_STRIP, height - TEAM_STRIP, TextAlign.LEFT);
        };
    }

    /** The most lines of detail, of {@code available}, that fit under {@code t} lines of title: one at least. */
    private static int detailLines(FontSpec font, double leading, int t, int available, double room) {
        int d = Math.min(1, available);
        while (d < available && span(font, leading, t, d + 1) <= room) {
            d++;
        }
        return d;
    }

    /** The height from the top of the first line's capitals to the bottom of the last line's descenders. */
    static double span(FontSpec font, double leading, int titleLines, int detailLines) {
        double height = 0;
        if (titleLines > 0) {
            height = CAP_HEIGHT * font.size() + (titleLines - 1) * leading;
        }
        if (detailLines > 0) {
            height += (titleLines > 0 ? TITLE_TO_DETAIL : CAP_HEIGHT * DETAIL_FONT.size())
                    + (detailLines - 1) * DETAIL_LEADING + DESCENT * DETAIL_FONT.size();
        } else if (titleLines > 0) {
            height += DESCENT * font.size();
        }
        return height;
    }

    /**
     * The detail's lines: the parts run on with the separator while they fit, a part wider than a
     * line broken like a title.
     */
    private List<Row> rows(Surface surface, List<String> details, double width) {
        List<String> parts = new ArrayList<>(details.size());
        for (String detail : details) {
            String part = LineBreaker.normalise(detail);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        List<Row> rows = new ArrayList<>();
        String row = null;
        String rowRest = null;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (row != null) {
                String joined = row + CardText.SEPARATOR + part;
                if (surface.textWidth(joined, DETAIL_FONT) <= width) {
                    row = joined;
                    continue;
                }
                rows.add(new Row(row, rowRest));
            }
            List<LineBreaker.Line> pieces = surface.textWidth(part, DETAIL_FONT) <= width
                    ? List.of(new LineBreaker.Line(part, 0))
                    : breaker.lines(surface, part, DETAIL_FONT, width);
            for (int k = 0; k < pieces.size() - 1; k++) {
                rows.add(new Row(pieces.get(k).text(), rest(parts, i, pieces.get(k).start())));
            }
            LineBreaker.Line last = pieces.get(pieces.size() - 1);
            row = last.text();
            rowRest = rest(parts, i, last.start());
        }
        if (row != null) {
            rows.add(new Row(row, rowRest));
        }
        return rows;
    }

    /** Part {@code i} from {@code offset} on, and the parts after it, run on with the separator. */
    private static String rest(List<String> parts, int i, int offset) {
        StringBuilder sb = new StringBuilder(parts.get(i).substring(offset));
        for (int k = i + 1; k < parts.size(); k++) {
            sb.append(CardText.SEPARATOR).append(parts.get(k));
        }
        return sb.toString();
    }
}
