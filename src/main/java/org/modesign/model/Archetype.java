package org.modesign.model;

/** Scott Brinker's marketing archetypes, plus the leader over them. */
public enum Archetype implements Coded {
    MAESTRO("maestro"),
    MODELER("modeler"),
    MAKER("maker"),
    MARKETER("marketer"),
    LEADER("leader");

    private final String code;

    Archetype(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
