package org.modesign.model;

/** What kind of obstacle stands in the charter's way. */
public enum ObstacleKind implements Coded {
    STAKEHOLDER("stakeholder"),
    PROCESS("process"),
    TECHNOLOGY("technology"),
    BUDGET("budget");

    private final String code;

    ObstacleKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
