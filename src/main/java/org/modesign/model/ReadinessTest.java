package org.modesign.model;

/**
 * The three readiness tests of the charter: a need that marketing can connect to, the belief that
 * technology gives an edge, the wish to have marketing's revenue measured.
 */
public enum ReadinessTest implements Coded {
    NEED("need"),
    TECHNOLOGY("technology"),
    REVENUE("revenue");

    private final String code;

    ReadinessTest(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
