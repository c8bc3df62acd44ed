package org.modesign.model;

/** What a team is: a department, a centre of excellence, a committee, an in-house agency or a squad. */
public enum TeamKind implements Coded {
    DEPARTMENT("department"),
    COE("coe"),
    COMMITTEE("committee"),
    AGENCY("agency"),
    SQUAD("squad");

    private final String code;

    TeamKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
