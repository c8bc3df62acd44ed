package org.modesign.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.importer.mapping.Locations;

/**
 * The region of a row from its location: a region of the design the location names itself (by id
 * or name), else the region the location table gives, as the design names it ("Europe", else a
 * region that usually holds it, such as "EMEA"), else a new region of that name. Locations the table
 * does not know give no region, and are listed. Memoised per location.
 */
final class LocationRegions {

    private final ImportTarget target;
    private final Locations table;
    private final Map<String, String> memo = new LinkedHashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();

    LocationRegions(ImportTarget target, Locations table) {
        this.target = target;
        this.table = table;
    }

    /** The region (id or name) for {@code location}, or null. */
    String of(String location) {
        if (location.isEmpty()) {
            return null;
        }
        String region = memo.computeIfAbsent(location, this::find);
        if (region.isEmpty()) {
            unknown.add(Keys.shown(location));
            return null;
        }
        return region;
    }

    /** Each location met, in order of first mention, with the region it went to (null: none). */
    List<LocationMatch> matches() {
        List<LocationMatch> matches = new ArrayList<>(memo.size());
        memo.forEach((location, region) -> matches.add(new LocationMatch(location, region.isEmpty() ? null : region)));
        return matches;
    }

    /** The locations that got no region, in order of first mention. */
    List<String> unknown() {
        return new ArrayList<>(unknown);
    }

    private String find(String location) {
        if (target.region(location) != null) {
            return location;
        }
        String region = table.region(location);
        if (region == null) {
            return "";
        }
        for (String candidate : Locations.candidates(region)) {
            if (target.region(candidate) != null) {
                return candidate;
            }
        }
        return region;
    }
}
