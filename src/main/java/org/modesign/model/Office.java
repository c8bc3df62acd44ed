package org.modesign.model;

/** The executive office a node represents, or to which a role ultimately reports. */
public enum Office implements Coded {
    CEO("ceo"),
    CMO("cmo"),
    IT("it"),
    CFO("cfo"),
    SALES("sales"),
    OTHER("other");

    private final String code;

    Office(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
