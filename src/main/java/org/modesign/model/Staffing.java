package org.modesign.model;

/** Whether a role's position is filled, a vacancy being recruited, or still to be created and hired for. */
public enum Staffing implements Coded {
    FILLED("filled"),
    OPEN("open"),
    PLANNED("planned");

    private final String code;

    Staffing(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Open and planned positions have nobody in them yet. */
    public boolean vacant() {
        return this != FILLED;
    }
}
