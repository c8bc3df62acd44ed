package org.modesign.model;

/** The three readiness tests of the charter: a need marketing can connect to, a belief in technology, revenue measured. */
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
