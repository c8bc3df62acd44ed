package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/**
 * Removes a declared region. While teams or roles are placed in it ({@link References#toRegion}),
 * it is refused with a sentence naming them, unless {@code withReferences} is set: then those cards
 * lose their own region in the same step (a role then takes its team's region, a team is global).
 */
public record RemoveRegion(String region, boolean withReferences) implements EditCommand {

    public RemoveRegion {
        Objects.requireNonNull(region, "region");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_REGION);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.regionIndex(design, region);
        if (!withReferences) {
            References references = References.toRegion(design, region);
            if (!references.isEmpty()) {
                throw new EditRejected(references.explanation());
            }
        }
        Design cleared = Cards.rewrite(design, node -> region.equals(Cards.region(node))
                ? Cards.withRegion(node, null) : node);
        return cleared.withRegions(Catalogue.removed(cleared.regions(), index));
    }
}
