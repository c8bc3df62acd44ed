package org.modesign.analysis;

import org.modesign.model.Archetype;
import org.modesign.text.Message;

/**
 * Every sentence and sentence part the validator words, in one place: a stable
 * {@link #bundleKey()} under which the editor's bundles translate it, and the English
 * {@link java.text.MessageFormat} pattern the command line, the CSV export and the file's readers
 * see. Counts are put in with {@code {n,number,#}} so that English never groups digits ("1234",
 * as the command line always wrote them). A rule with a {@code _REGION} variant uses it for a
 * declared region; the variant takes the region's name as its last argument.
 */
public enum FindingKey implements Message {
    UNSTAFFED_CAPABILITY("finding.unstaffed-capability", "Capability {0} has no role staffing it in {1}."),
    UNSTAFFED_CAPABILITY_REGION("finding.unstaffed-capability.region",
            "Capability {0} has no role staffing it in region {2} in {1}."),
    MISSING_ACCOUNTABLE("finding.missing-accountable",
            "Capability {0} has no accountable (A) role in {1}; only {2} {3,choice,1#is|1<are} responsible (R)."),
    MISSING_ACCOUNTABLE_REGION("finding.missing-accountable.region",
            "Capability {0} has no accountable (A) role in region {4} in {1}; only {2} {3,choice,1#is|1<are}"
                    + " responsible (R)."),
    OVERLAPPING_RESPONSIBILITY("finding.overlapping-responsibility",
            "Capability {0} has {1,number,#} accountable (A) roles in {2}: {3}."),
    OVERLAPPING_RESPONSIBILITY_REGION("finding.overlapping-responsibility.region",
            "Capability {0} has {1,number,#} accountable (A) roles in region {4} in {2}: {3}."),
    ARCHETYPE_MISMATCH("finding.archetype-mismatch",
            "{0}, a {1}, is accountable for capability {2}, whose default archetype is {3}, in {4}."),
    NO_PATH_TO_CEO("finding.no-path-to-ceo", "{0} reaches no CEO executive through reporting lines active in {1}."),
    MULTIPLE_MANAGERS("finding.multiple-managers",
            "{0} has {1,number,#} solid lines upward, to {2}, but may report to one manager only."),
    REPORTING_CYCLE("finding.reporting-cycle", "Reporting lines form a cycle through {0}."),
    SPAN_OF_CONTROL("finding.span-of-control",
            "{0} has {1,number,#} direct reports in {2}, more than the maximum of {3,number,#}."),
    TOOL_WITHOUT_OWNER("finding.tool-without-owner", "Tool {0} has no owner in {1}."),
    TOOL_WITHOUT_OWNER_REGION("finding.tool-without-owner.region", "Tool {0} has no owner in region {2} in {1}."),
    TOOL_OWNER_INACTIVE("finding.tool-without-owner.inactive",
            "Tool {0} is owned by {1}, which is not active in {2}."),
    TOOL_OWNER_INACTIVE_REGION("finding.tool-without-owner.inactive.region",
            "Tool {0} in region {3} is owned by {1}, which is not active in {2}."),
    UNSUPPORTED_CAPABILITY("finding.unsupported-capability",
            "Capability {0} needs a tool, but no tool deployed in {1} serves it."),
    UNSUPPORTED_CAPABILITY_REGION("finding.unsupported-capability.region",
            "Capability {0} needs a tool, but no tool deployed for region {2} in {1} serves it."),
    DUPLICATE_TOOLS("finding.duplicate-tools", "Capability {0} is served by {1,number,#} tools in {2}: {3}."),
    DUPLICATE_TOOLS_REGION("finding.duplicate-tools.region",
            "Capability {0} is served by {1,number,#} tools in region {4} in {2}: {3}."),
    DEPENDS_ON_VACANCY("finding.depends-on-vacancy",
            "Capability {0} is staffed in {1} only by {2}, {3,choice,1#a position|1<positions} not filled yet"
                    + " (open or planned)."),
    DEPENDS_ON_VACANCY_REGION("finding.depends-on-vacancy.region",
            "Capability {0} is staffed in region {4} in {1} only by {2}, {3,choice,1#a position|1<positions} not"
                    + " filled yet (open or planned)."),
    NOT_READY("finding.not-ready", "The company is not ready for a marketing operations function: {0}."),
    NOT_READY_NOTE("finding.not-ready.note",
            "The company is not ready for a marketing operations function: {0} ({1})."),

    // Parts of sentences.
    PHASE("finding.phase", "phase \"{0}\""),
    NAME("finding.name", "\"{0}\""),
    NODE("finding.node", "\"{0}\" ({1})"),
    SUBJECT_ROLE("finding.subject.role", "Role {0}"),
    SUBJECT_TEAM("finding.subject.team", "Team {0}"),
    SUBJECT_EXECUTIVE("finding.subject.executive", "Executive {0}"),
    LIST_SEPARATOR("finding.list.separator", ", "),
    LIST_LAST("finding.list.last", "{0} and {1}"),
    LIST_MORE("finding.list.more", "{0} and {1,number,#} more"),
    ARCHETYPE_MAESTRO("finding.archetype.maestro", "maestro"),
    ARCHETYPE_MODELER("finding.archetype.modeler", "modeler"),
    ARCHETYPE_MAKER("finding.archetype.maker", "maker"),
    ARCHETYPE_MARKETER("finding.archetype.marketer", "marketer"),
    ARCHETYPE_LEADER("finding.archetype.leader", "leader"),
    READINESS_NEED("finding.readiness.need", "it has no need that marketing can connect to"),
    READINESS_TECHNOLOGY("finding.readiness.technology", "it does not believe that technology gives it an edge"),
    READINESS_REVENUE("finding.readiness.revenue", "it does not want the revenue of marketing measured");

    private final String bundleKey;
    private final String english;

    FindingKey(String bundleKey, String english) {
        this.bundleKey = bundleKey;
        this.english = english;
    }

    /** An archetype as a sentence names it: its file code in English ("a maker"). */
    static FindingKey archetype(Archetype archetype) {
        return switch (archetype) {
            case MAESTRO -> ARCHETYPE_MAESTRO;
            case MODELER -> ARCHETYPE_MODELER;
            case MAKER -> ARCHETYPE_MAKER;
            case MARKETER -> ARCHETYPE_MARKETER;
            case LEADER -> ARCHETYPE_LEADER;
        };
    }

    @Override
    public String bundleKey() {
        return bundleKey;
    }

    @Override
    public String english() {
        return english;
    }
}
