package org.modesign.ui.palette;

import org.modesign.model.Archetype;
import org.modesign.model.NodeType;
import org.modesign.model.Office;

/** What the palette offers: the executives, a team, and a role of each archetype. */
public enum PaletteItem {
    CEO(NodeType.EXECUTIVE, Office.CEO, null, "mdi2c-crown-outline"),
    CMO(NodeType.EXECUTIVE, Office.CMO, null, "mdi2b-bullhorn-outline"),
    IT(NodeType.EXECUTIVE, Office.IT, null, "mdi2s-server-network"),
    CFO(NodeType.EXECUTIVE, Office.CFO, null, "mdi2c-cash-multiple"),
    SALES(NodeType.EXECUTIVE, Office.SALES, null, "mdi2h-handshake-outline"),
    TEAM(NodeType.TEAM, null, null, "mdi2a-account-group-outline"),
    LEADER(NodeType.ROLE, null, Archetype.LEADER, "mdi2s-star-outline"),
    MAESTRO(NodeType.ROLE, null, Archetype.MAESTRO, "mdi2c-cog-outline"),
    MODELER(NodeType.ROLE, null, Archetype.MODELER, "mdi2c-chart-line"),
    MAKER(NodeType.ROLE, null, Archetype.MAKER, "mdi2c-code-tags"),
    MARKETER(NodeType.ROLE, null, Archetype.MARKETER, "mdi2b-bullhorn-variant-outline");

    private final NodeType type;
    private final Office office;
    private final Archetype archetype;
    private final String icon;

    PaletteItem(NodeType type, Office office, Archetype archetype, String icon) {
        this.type = type;
        this.office = office;
        this.archetype = archetype;
        this.icon = icon;
    }

    /** The palette item that adds a role of {@code archetype}. */
    public static PaletteItem of(Archetype archetype) {
        for (PaletteItem item : values()) {
            if (item.archetype == archetype) {
                return item;
            }
        }
        throw new IllegalArgumentException("no palette item for " + archetype);
    }

    public NodeType type() {
        return type;
    }

    /** The office of an executive item, else null. */
    public Office office() {
        return office;
    }

    /** The archetype of a role item, else null. */
    public Archetype archetype() {
        return archetype;
    }

    public String icon() {
        return icon;
    }

    /** Bundle key of the palette label, e.g. {@code palette.maestro}. */
    public String labelKey() {
        return "palette." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Bundle key of the title a new card gets, e.g. {@code palette.maestro.title}. */
    public String titleKey() {
        return labelKey() + ".title";
    }
}
