package org.modesign.analysis;

import org.modesign.model.Coded;

/**
 * The validation rules of format.md §3 and format-v2.md §4; the code is the rule id written in
 * findings.
 */
public enum Rule implements Coded {
    UNSTAFFED_CAPABILITY("unstaffed-capability", Severity.ERROR),
    OVERLAPPING_RESPONSIBILITY("overlapping-responsibility", Severity.WARNING),
    MISSING_ACCOUNTABLE("missing-accountable", Severity.WARNING),
    REPORTING_CYCLE("reporting-cycle", Severity.ERROR),
    MULTIPLE_MANAGERS("multiple-managers", Severity.ERROR),
    NO_PATH_TO_CEO("no-path-to-ceo", Severity.WARNING),
    SPAN_OF_CONTROL("span-of-control", Severity.WARNING),
    ARCHETYPE_MISMATCH("archetype-mismatch", Severity.INFO),
    TOOL_WITHOUT_OWNER("tool-without-owner", Severity.WARNING),
    UNSUPPORTED_CAPABILITY("unsupported-capability", Severity.WARNING),
    DUPLICATE_TOOLS("duplicate-tools", Severity.WARNING),
    DEPENDS_ON_VACANCY("depends-on-vacancy", Severity.INFO),
    NOT_READY("not-ready", Severity.INFO);

    private final String code;
    private final Severity severity;

    Rule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }
}
