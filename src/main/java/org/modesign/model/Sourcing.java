package org.modesign.model;

/** How a role is staffed. */
public enum Sourcing implements Coded {
    IN_HOUSE("in-house"),
    AGENCY("agency"),
    CONTRACTOR("contractor"),
    SECONDED("seconded");

    private final String code;

    Sourcing(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
