package org.modesign.model;

/** Whether a capability needs one owner for the whole organisation or one per region. */
public enum Scope implements Coded {
    GLOBAL("global"),
    PER_REGION("per-region");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
