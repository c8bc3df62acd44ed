package org.modesign.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * The cards of one scenario as the find bar searches them, built once per scenario: for each card
 * its title, and the lower-case text of what it can be found by (title, team, region,
 * capabilities held). A query is split at spaces and every word must occur; cards whose title
 * starts with the query come first, then those with a word of the title starting so, then the
 * other titles holding it, then cards found by their team, region or capabilities; within each,
 * the scenario's order. Linear in the number of cards.
 */
public final class FindIndex {

    private static final char SEPARATOR = '\u0001';

    private final FindHit[] hits;
    private final String[] titles;
    private final String[] anything;
    private final String[] held;

    private FindIndex(FindHit[] hits, String[] titles, String[] anything, String[] held) {
        this.hits = hits;
        this.titles = titles;
        this.anything = anything;
        this.held = held;
    }

    /** The index of {@code scenario}'s cards, named as {@code design} names teams, regions, phases and capabilities. */
    public static FindIndex of(Design design, Scenario scenario) {
        Map<String, String> teams = new java.util.HashMap<>();
        for (Node n : scenario.nodes()) {
            if (n instanceof Team t) {
                teams.put(t.id(), t.name());
            }
        }
        Map<String, String> regions = design.regions().stream()
                .collect(Collectors.toMap(Region::id, Region::name, (a, b) -> a));
        Map<String, String> capabilities = design.capabilities().stream()
                .collect(Collectors.toMap(Capability::id, c -> c.name() + SEPARATOR + c.id(), (a, b) -> a));
        Map<String, String> phases = design.phases().stream()
                .collect(Collectors.toMap(Phase::id, Phase::name, (a, b) -> a));
        String first = design.phases().isEmpty() ? "" : design.phases().get(0).name();
        String last = design.phases().isEmpty() ? "" : design.phases().get(design.phases().size() - 1).name();
        int n = scenario.nodes().size();
        FindHit[] hits = new FindHit[n];
        String[] titles = new String[n];
        String[] anything = new String[n];
        String[] held = new String[n];
        for (int i = 0; i < n; i++) {
            Node node = scenario.nodes().get(i);
            Card card = Card.of(node, teams, regions);
            String from = card.from() == null ? first : phases.getOrDefault(card.from(), card.from());
            String to = card.to() == null ? last : phases.getOrDefault(card.to(), card.to());
            hits[i] = new FindHit(node.id(), node.label(), node.type(), card.team(), from, to);
            titles[i] = lower(node.label());
            held[i] = lower(heldText(card.responsibilities(), capabilities::get));
            anything[i] = titles[i] + SEPARATOR + lower(card.team()) + SEPARATOR + lower(card.region())
                    + SEPARATOR + held[i];
        }
        return new FindIndex(hits, titles, anything, held);
    }

    /** What a card is found by, besides its title. */
    private record Card(String team, String region, String from, String to, List<Responsibility> responsibilities) {

        static Card of(Node node, Map<String, String> teams, Map<String, String> regions) {
            if (node instanceof Role r) {
                String team = r.team() == null ? "" : teams.getOrDefault(r.team(), "");
                return new Card(team, regionName(r.region(), regions), r.from(), r.to(), r.responsibilities());
            }
            if (node instanceof Team t) {
                return new Card("", regionName(t.region(), regions), t.from(), t.to(), List.of());
            }
            return new Card("", "", null, null, ((Executive) node).responsibilities());
        }

        private static String regionName(String id, Map<String, String> regions) {
            return id == null ? "" : regions.getOrDefault(id, id);
        }
    }

    private static String heldText(List<Responsibility> responsibilities, Function<String, String> names) {
        if (responsibilities.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Responsibility r : responsibilities) {
            String name = names.apply(r.capability());
            text.append(name == null ? r.capability() : name).append(SEPARATOR);
        }
        return text.toString();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** How many cards the index holds. */
    public int size() {
        return hits.length;
    }

    /** The cards matching {@code query} in {@code mode}, best first; none for a blank query. */
    public List<FindHit> find(String query, FindMode mode) {
        String[] words = lower(query).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        String[] text = mode == FindMode.HOLDS ? held : anything;
        String whole = String.join(" ", words);
        List<FindHit> starts = new ArrayList<>();
        List<FindHit> wordStarts = new ArrayList<>();
        List<FindHit> inTitle = new ArrayList<>();
        List<FindHit> elsewhere = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (!containsAll(text[i], words)) {
                continue;
            }
            String title = titles[i];
            if (mode == FindMode.HOLDS || !containsAll(title, words)) {
                elsewhere.add(hits[i]);
            } else if (title.startsWith(whole)) {
                starts.add(hits[i]);
            } else if (title.contains(" " + words[0])) {
                wordStarts.add(hits[i]);
            } else {
                inTitle.add(hits[i]);
            }
        }
        List<FindHit> all = new ArrayList<>(starts.size() + wordStarts.size() + inTitle.size() + elsewhere.size());
        all.addAll(starts);
        all.addAll(wordStarts);
        all.addAll(inTitle);
        all.addAll(elsewhere);
        return all;
    }

    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
