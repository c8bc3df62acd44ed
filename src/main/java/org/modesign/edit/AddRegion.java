package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Region;

/**
 * Declares a region at the end of the list. Its id must be valid, unused and not the reserved
 * {@code global}; {@link #named} makes one from the name.
 */
public record AddRegion(Region region) implements EditCommand {

    public AddRegion {
        Objects.requireNonNull(region, "region");
    }

    /** A new region with a fresh id made from its name: "North America" gives {@code north-america}. */
    public static AddRegion named(Design design, String name) {
        return new AddRegion(new Region(Catalogue.freshId(Catalogue.regionIds(design), name), name));
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_REGION);
    }

    @Override
    public Design apply(Design design) {
        Catalogue.requireNewId(region.id(), Catalogue.regionIds(design));
        Rules.name(region.name());
        List<Region> regions = new ArrayList<>(design.regions());
        regions.add(region);
        return design.withRegions(regions);
    }
}
