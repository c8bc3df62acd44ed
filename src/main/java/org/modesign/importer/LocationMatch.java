package org.modesign.importer;

import java.util.Objects;

/**
 * A location named in an import file and the region it goes to: a region of the design (by id or
 * name), a new region's name, or null when the location table does not know it.
 */
public record LocationMatch(String location, String region) {

    public LocationMatch {
        Objects.requireNonNull(location, "location");
    }
}
