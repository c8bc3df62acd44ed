package org.modesign.ui.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.modesign.merge.Change;
import org.modesign.merge.DesignDiff;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Scenario;
import org.modesign.render.ChangeMark;
import org.modesign.ui.i18n.I18n;

/**
 * The list of changes beside the chart, grouped as the diff groups them: the design's own
 * changes first, then scenario by scenario, one line per element (the fields of one element that
 * changed on one line) and the moves of a scenario counted on one line.
 */
public final class ChangeRows {

    private ChangeRows() {
    }

    /** The rows for {@code diff} from {@code before} to {@code after}. */
    public static List<ChangeRow> of(DesignDiff diff, Design before, Design after) {
        List<ChangeRow> rows = new ArrayList<>();
        byScenario(diff).forEach((scenario, changes) -> {
            rows.add(ChangeRow.heading(scenario == null ? I18n.tr("changes.group.design")
                    : I18n.tr("changes.group.scenario", name(scenario, before, after)), scenario));
            for (int i = 0; i < changes.size(); i++) {
                Change c = changes.get(i);
                if (c.op() == Change.Op.CHANGED) {
                    List<Change> same = new ArrayList<>(List.of(c));
                    while (i + 1 < changes.size() && sameElement(c, changes.get(i + 1))) {
                        same.add(changes.get(++i));
                    }
                    rows.add(changed(same, after));
                } else {
                    rows.add(row(c, after));
                }
            }
            Integer moved = diff.moves().get(scenario);
            if (moved != null) {
                rows.add(new ChangeRow("\u2194", null, I18n.tr("changes.moved", moved), scenario, List.of(), null,
                        false));
            }
        });
        return rows;
    }

    /** The changes by scenario (null: outside every scenario, first), in the order of the file. */
    private static Map<String, List<Change>> byScenario(DesignDiff diff) {
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        for (Change c : diff.changes()) {
            String scenario = "scenario".equals(c.kind()) && c.field() == null ? null : c.scenario();
            groups.computeIfAbsent(scenario, s -> new ArrayList<>()).add(c);
        }
        for (String scenario : diff.moves().keySet()) {
            groups.computeIfAbsent(scenario, s -> new ArrayList<>());
        }
        return groups;
    }

    private static String name(String scenario, Design before, Design after) {
        return after.scenario(scenario).or(() -> before.scenario(scenario)).map(Scenario::name).orElse(scenario);
    }

    static boolean isCard(Change c) {
        return c.scenario() != null && ("role".equals(c.kind()) || "team".equals(c.kind())
                || "executive".equals(c.kind()));
    }

    private static boolean sameElement(Change c, Change next) {
        return next.op() == Change.Op.CHANGED && Objects.equals(c.kind(), next.kind())
                && Objects.equals(c.id(), next.id()) && Objects.equals(c.scenario(), next.scenario());
    }

    private static ChangeRow changed(List<Change> fields, Design after) {
        Change c = fields.get(0);
        StringJoiner what = new StringJoiner("; ");
        for (Change f : fields) {
            what.add(I18n.tr("changes.field", f.field(), ChangeWords.value(f.before()), ChangeWords.value(f.after())));
        }
        String text = I18n.tr("changes.changed", ChangeWords.element(c.kind(), c.id(), c.label()), what.toString());
        boolean card = isCard(c);
        return new ChangeRow("\u0394", card ? ChangeMark.CHANGED : null, text, c.scenario(),
                card ? List.of(c.id()) : ends(c, after), null, false);
    }

    private static ChangeRow row(Change c, Design after) {
        String element = ChangeWords.element(c.kind(), c.id(), c.label());
        boolean card = isCard(c);
        return switch (c.op()) {
            case ADDED -> new ChangeRow("+", card ? ChangeMark.ADDED : null, I18n.tr("changes.added", element),
                    c.scenario(), card ? List.of(c.id()) : ends(c, after), null, false);
            case REMOVED -> new ChangeRow("\u2212", card ? ChangeMark.REMOVED : null,
                    I18n.tr("changes.removed", element), c.scenario(), List.of(), card ? c.id() : null,
                    false);
            case REORDERED -> new ChangeRow("\u21C5", null, I18n.tr("changes.reordered", element, c.field()),
                    c.scenario(), List.of(), null, false);
            case CHANGED -> changed(List.of(c), after);
        };
    }

    /** A line's two cards, when the design after has them; else none. */
    private static List<String> ends(Change c, Design after) {
        Object value = c.after() != null ? c.after() : c.before();
        if (!"line".equals(c.kind()) || c.scenario() == null) {
            return List.of();
        }
        Line line = value instanceof Line l ? l : null;
        if (line == null) {
            return after.scenario(c.scenario()).flatMap(s -> s.lines().stream()
                    .filter(l -> c.id().equals(l.from() + " -> " + l.to())).findFirst())
                    .map(l -> List.of(l.from(), l.to())).orElse(List.of());
        }
        return List.of(line.from(), line.to());
    }
}
