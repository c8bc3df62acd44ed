package org.modesign.model;

/** Design-wide settings. */
public record Settings(int spanOfControlMax) {

    public static final int DEFAULT_SPAN_OF_CONTROL_MAX = 10;
    public static final Settings DEFAULTS = new Settings(DEFAULT_SPAN_OF_CONTROL_MAX);
}
