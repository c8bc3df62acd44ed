package org.modesign.analysis;

import org.modesign.model.Coded;

/** How serious a finding is (format.md §3). Only {@link #ERROR} makes the command line fail. */
public enum Severity implements Coded {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
