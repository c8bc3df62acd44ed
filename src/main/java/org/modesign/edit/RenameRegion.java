package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Region;

/** Changes a declared region's name (its id stays). Not blank. */
public record RenameRegion(String region, String name) implements EditCommand {

    public RenameRegion {
        Objects.requireNonNull(region, "region");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME_REGION);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.regionIndex(design, region);
        Region before = design.regions().get(index);
        Region after = before.withName(Rules.name(name));
        return after.equals(before) ? design : design.withRegions(Catalogue.replaced(design.regions(), index, after));
    }
}
