package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.ui.i18n.I18n;

/**
 * The design-wide lists the inspector's choices come from: regions, phases and the capability
 * catalogue. They are the design's own lists, so an unchanged vocabulary compares equal at once.
 */
record Vocabulary(List<Region> regions, List<Phase> phases, List<Capability> capabilities) {

    static Vocabulary of(Design design) {
        return new Vocabulary(design.regions(), design.phases(), design.capabilities());
    }

    /** {@code global} then every declared region, led by {@code inherited} when it is not null. */
    List<Option> regionOptions(String inherited) {
        List<Option> options = new ArrayList<>(regions.size() + 2);
        if (inherited != null) {
            options.add(new Option(null, inherited));
        }
        options.add(new Option(Region.GLOBAL, I18n.tr("region.global")));
        for (Region region : regions) {
            options.add(new Option(region.id(), region.name()));
        }
        return options;
    }

    /** Every phase by name, led by the default (no phase id) called {@code unset}. */
    List<Option> phaseOptions(String unset) {
        List<Option> options = new ArrayList<>(phases.size() + 1);
        options.add(new Option(null, unset));
        for (Phase phase : phases) {
            options.add(new Option(phase.id(), phase.name()));
        }
        return options;
    }

    /** The name of a capability of the catalogue, or its id when there is none. */
    String capabilityName(String id) {
        for (Capability capability : capabilities) {
            if (capability.id().equals(id)) {
                return capability.name();
            }
        }
        return id;
    }

    /** The name of a phase of the design, or its id when there is none. */
    String phaseName(String id) {
        for (Phase phase : phases) {
            if (phase.id().equals(id)) {
                return phase.name();
            }
        }
        return id;
    }
}
