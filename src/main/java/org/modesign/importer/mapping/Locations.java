package org.modesign.importer.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The table that turns a location of an HR export ("Munich", "Berlin, Germany", "US - Austin",
 * "上海市", "FR") into a region of the design. By default every country goes to its continent
 * (Europe, Asia, Africa, North America, South America, Oceania), by its name in English, German,
 * French, Spanish or Chinese, its ISO code, or a major city; {@link #with} overrides a location or
 * renames a continent ("Europe" → "EMEA"). Immutable; the default table is built once, on first use.
 */
public final class Locations {

    /** Ideograph runs such as "上海市浦东新区" are matched by their first few characters. */
    private static final int MAX_PREFIX = 4;
    private static final Pattern SEPARATORS = Pattern.compile("[,;/|()\\[\\]\u2013\u2014\uFF0C\u3001\uFF08\uFF09]| - ");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The countries: their continents, codes and names in six languages, as the JDK names them. */
    static final String COUNTRIES = "countries.txt";

    private static final Locations DEFAULTS = new Locations(Map.of());

    private final Map<String, String> overrides;
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    private Locations(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Countries and major cities to their continents. */
    public static Locations defaults() {
        return DEFAULTS;
    }

    /**
     * This table with {@code location} going to {@code region} (a region name or id of the design,
     * or a new region's name); {@code location} may be a continent, to send all its countries there.
     */
    public Locations with(String location, String region) {
        Map<String, String> more = new LinkedHashMap<>(overrides);
        more.put(key(location), region.strip());
        return new Locations(more);
    }

    /**
     * The region of a location, or null when the table does not know it. Tries the whole text, then
     * its parts split at commas, slashes, brackets and " - " (cities and country names first, ISO codes
     * last), without words such as "office" or "HQ".
     */
    public String region(String location) {
        String text = location.strip();
        if (text.isEmpty()) {
            return null;
        }
        String cached = memo.get(text);
        if (cached == null) {
            String found = lookUp(text);
            cached = found == null ? "" : found;
            if (memo.size() < 10_000) {
                memo.put(text, cached);
            }
        }
        return cached.isEmpty() ? null : cached;
    }

    /**
     * The names to look for among the design's regions for a region this table gives, best first:
     * the region itself, then regions that usually hold that continent ("EMEA" for Europe).
     */
    public static List<String> candidates(String region) {
        List<String> names = new ArrayList<>();
        names.add(region);
        names.addAll(Table.INSTANCE.groupings.getOrDefault(key(region), List.of()));
        return names;
    }

    private String lookUp(String text) {
        List<String> parts = parts(text);
        for (Map<String, String> names : List.of(overrides, Table.INSTANCE.cities, Table.INSTANCE.countries)) {
            for (String part : parts) {
                String found = names.get(key(part));
                if (found != null) {
                    return names == overrides ? found : continent(found);
                }
            }
        }
        List<String> words = words(parts);
        for (Map<String, String> names : List.of(overrides, Table.INSTANCE.cities, Table.INSTANCE.countries)) {
            for (String word : words) {
                String found = names.get(key(word));
                if (found != null) {
                    return names == overrides ? found : continent(found);
                }
            }
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            String continent = Table.INSTANCE.byCode.get(key(parts.get(i)));
            if (continent != null) {
                return continent(continent);
            }
        }
        return Words.hasIdeograph(text) ? byPrefix(text) : null;
    }

    /** The region of a city or country name (or an override), or null. */
    private String named(String part) {
        String k = key(part);
        String override = overrides.get(k);
        if (override != null) {
            return override;
        }
        String continent = Table.INSTANCE.cities.get(k);
        continent = continent != null ? continent : Table.INSTANCE.countries.get(k);
        return continent == null ? null : continent(continent);
    }

    private String continent(String continent) {
        return overrides.getOrDefault(key(continent), continent);
    }

    private String byPrefix(String text) {
        String compact = Words.compact(text);
        for (int length = Math.min(MAX_PREFIX, compact.length()); length >= 2; length--) {
            String region = named(compact.substring(0, length));
            if (region != null) {
                return region;
            }
        }
        return null;
    }

    /** The whole text, then its parts from last to first (a country mostly comes last), noise dropped. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        parts.add(text);
        String[] pieces = SEPARATORS.split(text);
        for (int i = pieces.length - 1; i >= 0; i--) {
            String piece = withoutNoise(pieces[i].strip());
            if (!piece.isEmpty() && !parts.contains(piece)) {
                parts.add(piece);
            }
        }
        String whole = withoutNoise(text);
        if (!whole.isEmpty() && !parts.contains(whole)) {
            parts.add(1, whole);
        }
        for (String piece : text.split("-")) {
            String part = withoutNoise(piece.strip());
            if (!part.isEmpty() && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The words of the parts, and each two words in a row ("Sydney NSW", "Frankfurt am Main Süd"). */
    private static List<String> words(List<String> parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            String[] split = part.strip().split("\\s+");
            for (int i = 0; i < split.length; i++) {
                words.add(split[i]);
                if (i + 1 < split.length) {
                    words.add(split[i] + " " + split[i + 1]);
                }
            }
        }
        return words;
    }

    private static String withoutNoise(String text) {
        String result = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String noise : LocationData.NOISE) {
            int at = lower.indexOf(noise);
            if (at >= 0 && isWordAt(lower, at, noise.length())) {
                result = (result.substring(0, at) + " " + result.substring(at + noise.length())).strip();
                lower = result.toLowerCase(Locale.ROOT);
            }
        }
        if (result.length() > 2 && (result.endsWith("市") || result.endsWith("省"))) {
            result = result.substring(0, result.length() - 1);
        }
        return result.replaceAll("^[\\s-]+|[\\s-]+$", "");
    }

    private static boolean isWordAt(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1)) || Words.hasIdeograph(text);
        int end = at + length;
        boolean after = end == text.length() || !Character.isLetter(text.charAt(end)) || Words.hasIdeograph(text);
        return before && after;
    }

    /** A location as looked up: compact, without accents ("São Paulo" is "saopaulo"). */
    static String key(String text) {
        String plain = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("");
        return Words.compact(plain).replace("'", "").replace("\u2019", "");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The default table, built on first use. */
    private static final class Table {

        static final Table INSTANCE = new Table();

        final Map<String, String> countries = new HashMap<>(4096);
        final Map<String, String> cities = new HashMap<>(1024);
        final Map<String, String> byCode = new HashMap<>(1024);
        final Map<String, List<String>> groupings = new HashMap<>();

        private Table() {
            Map<String, String> continentOf = new HashMap<>();
            for (String line : resource()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                String continent = fields[1];
                continentOf.put(fields[0], continent);
                byCode.put(key(fields[0]), continent);
                if (!fields[2].isEmpty()) {
                    byCode.put(key(fields[2]), continent);
                }
                for (int i = 3; i < fields.length; i++) {
                    countries.putIfAbsent(key(fields[i]), continent);
                }
            }
            names(LocationData.ALIASES, continentOf, countries);
            names(LocationData.CITIES, continentOf, cities);
            for (String line : LocationData.GROUPINGS) {
                int colon = line.indexOf(':');
                groupings.put(key(line.substring(0, colon)), List.of(line.substring(colon + 1).strip().split("\\|")));
            }
        }

        /** The lines of {@value #COUNTRIES}: code, continent, alpha-3 code and names, separated by "|". */
        private static List<String> resource() {
            try (InputStream in = Locations.class.getResourceAsStream(COUNTRIES)) {
                if (in == null) {
                    throw new IllegalStateException(COUNTRIES + " is missing");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void names(List<String> lines, Map<String, String> continentOf, Map<String, String> into) {
            for (String line : lines) {
                String continent = continentOf.get(line.substring(0, line.indexOf(':')));
                for (String name : line.substring(line.indexOf(':') + 1).strip().split("\\|")) {
                    into.put(key(name), continent);
                }
            }
        }
    }
}
