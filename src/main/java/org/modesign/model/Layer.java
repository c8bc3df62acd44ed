package org.modesign.model;

/** Where a capability sits: the shared platform, the customer-facing expression, or governance. */
public enum Layer implements Coded {
    PLATFORM("platform"),
    EXPRESSION("expression"),
    GOVERNANCE("governance");

    private final String code;

    Layer(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
