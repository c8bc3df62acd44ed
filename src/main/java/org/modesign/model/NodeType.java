package org.modesign.model;

/** The three kinds of node on a scenario's chart. */
public enum NodeType implements Coded {
    EXECUTIVE("executive"),
    TEAM("team"),
    ROLE("role");

    private final String code;

    NodeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
