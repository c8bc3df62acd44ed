package org.modesign.model;

/** A role's stake in a capability: responsible, accountable, consulted, informed. */
public enum Raci implements Coded {
    R("R"),
    A("A"),
    C("C"),
    I("I");

    private final String code;

    Raci(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** R and A staff a capability; C and I do not. */
    public boolean staffs() {
        return this == R || this == A;
    }
}
