package org.modesign.model;

/** The organisational strategy a scenario follows. */
public enum Strategy implements Coded {
    CENTRALIZED("centralized"),
    LOCAL_EXPRESSION("local-expression"),
    DECENTRALIZED("decentralized"),
    HYBRID("hybrid"),
    OTHER("other");

    private final String code;

    Strategy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
