package org.modesign.model;

import java.util.Objects;

/** A role's stake (RACI letter) in one capability, by the capability's id. */
public record Responsibility(String capability, Raci raci) {

    public Responsibility {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(raci, "raci");
    }
}
