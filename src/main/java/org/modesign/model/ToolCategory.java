package org.modesign.model;

/** Brinker's six martech landscape categories, the {@code category} of a {@link Tool}. */
public enum ToolCategory implements Coded {
    ADVERTISING("advertising"),
    CONTENT("content"),
    SOCIAL("social"),
    COMMERCE("commerce"),
    DATA("data"),
    MANAGEMENT("management");

    private final String code;

    ToolCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
