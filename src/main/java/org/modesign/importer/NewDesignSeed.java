package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.modesign.importer.mapping.Field;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

/**
 * A new design made ready for a file before its rows are imported into it, so that what the file
 * names resolves: the phases of its from and to columns (in the order its rows imply, see
 * {@link FilePhases}, after the new design's own phase when rows without a from start before the
 * first phase named; the new design's own phase alone when the file names none), and, in a file
 * that does not name people, an executive card for each manager the file names that is neither a row
 * nor a card nor a team of the file (a table of roles exported from a design names its executives
 * only as managers). Such an executive reports to the new design's CEO. O(rows).
 */
public final class NewDesignSeed {

    private static final Map<String, Office> OFFICES = Map.of("ceo", Office.CEO, "cmo", Office.CMO,
            "cio", Office.IT, "cto", Office.IT, "it", Office.IT, "cfo", Office.CFO, "sales", Office.SALES,
            "cro", Office.SALES);
    /** An id as the file format allows it. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final double ROW = 120;
    private static final double COLUMN = 200;

    private NewDesignSeed() {
    }

    /**
     * {@code blank} (a new design whose first scenario holds its executives) with the phases and the
     * managers {@code file} names, read with {@code options}.
     *
     * @throws UnusableCsv when the file has no title column
     */
    public static Design of(ImportFile file, ImportOptions options, Design blank) throws UnusableCsv {
        HeaderColumns header = HeaderColumns.of(file.mapping(options));
        List<List<String>> rows = file.sample(file.rowCount());
        Design design = withPhases(blank, header, rows);
        if (PeopleParser.namesPeople(header) || !header.has(Field.MANAGER)) {
            return design;
        }
        return withManagers(design, header, rows);
    }

    private static Design withPhases(Design blank, HeaderColumns header, List<List<String>> rows) {
        FilePhases named = new FilePhases();
        for (List<String> row : rows) {
            named.row(header.value(row, Field.FROM), header.value(row, Field.TO));
        }
        List<String> names = named.ordered();
        if (names.isEmpty()) {
            return blank;
        }
        List<Phase> phases = new ArrayList<>(names.size() + 1);
        Set<String> ids = new HashSet<>(names);
        if (named.impliesEarlierPhase()) {
            Phase first = blank.phases().get(0);
            String id = ids.contains(first.id()) ? fresh(ids) : first.id();
            ids.add(id);
            phases.add(new Phase(id, first.name(), List.of()));
        }
        ids.removeAll(names);
        for (String name : names) {
            String id = ID.matcher(name).matches() && ids.add(name) ? name : fresh(ids);
            phases.add(new Phase(id, name, List.of()));
        }
        return blank.withPhases(phases);
    }

    private static String fresh(Set<String> ids) {
        int n = ids.size() + 1;
        while (!ids.add("p" + n)) {
            n++;
        }
        return "p" + n;
    }

    private static Design withManagers(Design design, HeaderColumns header, List<List<String>> rows) {
        Set<String> known = new HashSet<>();
        for (List<String> row : rows) {
            known.add(header.value(row, Field.ID));
            known.add(Keys.name(header.value(row, Field.TITLE)));
            known.add(Keys.name(header.value(row, Field.TEAM)));
        }
        Scenario scenario = design.scenarios().get(0);
        for (Node node : scenario.nodes()) {
            known.add(node.id());
            known.add(Keys.name(node.label()));
        }
        Map<String, String> missing = new LinkedHashMap<>();
        for (List<String> row : rows) {
            String manager = header.value(row, Field.MANAGER);
            if (!manager.isEmpty() && !known.contains(manager) && !known.contains(Keys.name(manager))) {
                missing.putIfAbsent(Keys.name(manager), manager);
            }
        }
        if (missing.isEmpty()) {
            return design;
        }
        return design.withScenario(0, withExecutives(scenario, List.copyOf(missing.values()), known));
    }

    /**
     * The manager itself when it is a valid id no row or card has taken (rows name the executive by
     * it), else a fresh id made from it (rows then find the card by its title).
     */
    private static String id(String manager, Set<String> taken) {
        if (ID.matcher(manager).matches() && taken.add(manager)) {
            return manager;
        }
        String base = manager.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "executive" : base.substring(0, Math.min(base.length(), 56));
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Scenario withExecutives(Scenario scenario, List<String> managers, Set<String> taken) {
        String top = scenario.nodes().stream().filter(n -> n instanceof Executive e && e.office() == Office.CEO)
                .map(Node::id).findFirst().orElse(null);
        List<Node> nodes = new ArrayList<>(scenario.nodes());
        List<Line> lines = new ArrayList<>(scenario.lines());
        for (int i = 0; i < managers.size(); i++) {
            String manager = managers.get(i);
            Office office = OFFICES.getOrDefault(manager.toLowerCase(Locale.ROOT), Office.OTHER);
            String title = manager.length() <= 4 ? manager.toUpperCase(Locale.ROOT) : manager;
            String id = id(manager, taken);
            nodes.add(new Executive(id, office, title, (i + 1) * COLUMN, ROW));
            if (top != null) {
                lines.add(new Line(id, top, LineStyle.SOLID));
            }
        }
        return scenario.withNodes(nodes).withLines(lines);
    }
}
