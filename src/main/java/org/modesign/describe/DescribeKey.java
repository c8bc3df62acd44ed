package org.modesign.describe;

import org.modesign.model.Archetype;
import org.modesign.model.Office;
import org.modesign.text.Message;

/**
 * Every part of the sentences a screen reader is given for the chart (see {@link ChartDescriber}),
 * with its bundle key and English pattern. The archetype, office and region words reuse the
 * editor's own keys, so a card is read with the words its card shows.
 */
public enum DescribeKey implements Message {
    SEPARATOR("describe.separator", ", "),
    VERBATIM("describe.verbatim", "{0}"),
    TEAM("describe.team", "Team {0}"),
    EXECUTIVE("describe.executive", "executive"),
    FTE("describe.fte", "{0,number,0.##} FTE"),
    GLOBAL("region.global", "Global"),
    REPORTS_TO("describe.reportsTo", "reports to {0}"),
    MEMBER_OF("describe.memberOf", "member of {0}"),
    REPORTS("describe.reports", "{0,choice,1#1 report|1<{0,number,integer} reports}"),
    MEMBERS("describe.members", "{0,choice,0#no members|1#1 member|1<{0,number,integer} members}"),
    ERRORS("describe.errors", "{0,choice,1#1 error|1<{0,number,integer} errors}"),
    WARNINGS("describe.warnings", "{0,choice,1#1 warning|1<{0,number,integer} warnings}"),
    INFOS("describe.infos", "{0,choice,1#1 note|1<{0,number,integer} notes}"),
    FOLDED("describe.folded",
            "folded, {0,choice,0#no roles|1#1 role|1<{0,number,integer} roles} and {1,number,0.##} FTE in the branch"),
    INACTIVE("describe.inactive", "not in {0}"),
    SELECTED("describe.selected", "{0,number,integer} cards selected"),
    NOTHING("describe.nothing", "Chart, {0,choice,0#no roles|1#1 role|1<{0,number,integer} roles}, no selection"),
    NOTHING_IN_PHASE("describe.nothingInPhase",
            "Chart, {0,choice,0#no roles|1#1 role|1<{0,number,integer} roles} in {1}, no selection"),
    LINE_SOLID("describe.lineSolid", "Reporting line, {0} reports to {1}"),
    LINE_DOTTED("describe.lineDotted", "Dotted line, {0} to {1}"),
    MAESTRO("archetype.maestro", "Maestro"),
    MODELER("archetype.modeler", "Modeler"),
    MAKER("archetype.maker", "Maker"),
    MARKETER("archetype.marketer", "Marketer"),
    LEADER("archetype.leader", "Leader"),
    CEO("office.ceo", "CEO"),
    CMO("office.cmo", "CMO"),
    IT("office.it", "IT"),
    CFO("office.cfo", "CFO"),
    SALES("office.sales", "Sales"),
    OTHER("office.other", "Other");

    private final String key;
    private final String english;

    DescribeKey(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String bundleKey() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }

    static DescribeKey of(Archetype archetype) {
        return switch (archetype) {
            case MAESTRO -> MAESTRO;
            case MODELER -> MODELER;
            case MAKER -> MAKER;
            case MARKETER -> MARKETER;
            case LEADER -> LEADER;
        };
    }

    static DescribeKey of(Office office) {
        return switch (office) {
            case CEO -> CEO;
            case CMO -> CMO;
            case IT -> IT;
            case CFO -> CFO;
            case SALES -> SALES;
            case OTHER -> OTHER;
        };
    }
}
