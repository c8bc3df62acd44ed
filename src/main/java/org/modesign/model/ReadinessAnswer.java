package org.modesign.model;

/** The answer to a readiness test. */
public enum ReadinessAnswer implements Coded {
    YES("yes"),
    PARTLY("partly"),
    NO("no");

    private final String code;

    ReadinessAnswer(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
