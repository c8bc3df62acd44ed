package org.modesign.edit;

import org.modesign.model.Capability;
import org.modesign.model.Design;

/** An edit of one capability's properties; it keeps its id and its place in the catalogue. */
public interface CapabilityCommand extends EditCommand {

    /** The id of the capability this command edits. */
    String capability();

    /**
     * The capability after this edit.
     *
     * @throws EditRejected when the edit is impossible
     */
    Capability change(Capability capability);

    @Override
    default Design apply(Design design) {
        int index = Catalogue.capabilityIndex(design, capability());
        Capability before = design.capabilities().get(index);
        Capability after = change(before);
        return after.equals(before) ? design
                : design.withCapabilities(Catalogue.replaced(design.capabilities(), index, after));
    }
}
