package org.modesign.model;

import java.util.Objects;

/** A declared region, e.g. EMEA. The implicit region {@link #GLOBAL} covers every region. */
public record Region(String id, String name) {

    /** The reserved id of the implicit region that covers every declared region. */
    public static final String GLOBAL = "global";

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public Region withName(String newName) {
        return new Region(id, newName);
    }
}
