package org.modesign.importer.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Archetype;
import org.modesign.model.Region;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;

/**
 * The words a spreadsheet may use for an archetype, a sourcing and the global region, in English
 * (any case; the file codes among them), Simplified and Traditional Chinese. Compared by
 * {@link Words#compact}, so "In House", "in-house" and "inhouse" are one word.
 */
public final class ValueWords {

    private static final Map<String, Archetype> ARCHETYPES = new HashMap<>();
    private static final Map<String, Sourcing> SOURCINGS = new HashMap<>();
    private static final Map<String, Staffing> STAFFINGS = new HashMap<>();
    private static final List<String> GLOBAL = List.of(Region.GLOBAL, "worldwide", "全球", "全局");

    static {
        archetype(Archetype.LEADER, "leader", "lead", "领导者", "領導者", "领导", "領導", "负责人", "負責人");
        archetype(Archetype.MAESTRO, "maestro", "大师", "大師");
        archetype(Archetype.MODELER, "modeler", "modeller", "建模者", "建模师", "建模師");
        archetype(Archetype.MAKER, "maker", "创客", "創客", "制作者", "製作者", "创造者", "創造者");
        archetype(Archetype.MARKETER, "marketer", "营销者", "營銷者", "行销者", "行銷者", "营销人员", "營銷人員");
        sourcing(Sourcing.IN_HOUSE, "in-house", "internal", "employee", "内部", "內部", "自有", "正式员工", "正式員工");
        sourcing(Sourcing.AGENCY, "agency", "代理商", "代理", "代理机构", "代理機構");
        sourcing(Sourcing.CONTRACTOR, "contractor", "freelancer", "freelance", "合同工", "承包商", "自由职业者",
                "自由職業者");
        sourcing(Sourcing.SECONDED, "seconded", "secondment", "借调", "借調");
        staffing(Staffing.FILLED, "filled", "staffed", "occupied", "在岗", "在崗", "已到岗", "已到崗", "在职", "在職");
        staffing(Staffing.OPEN, "open", "vacant", "vacancy", "recruiting", "空缺", "招聘中", "在招");
        staffing(Staffing.PLANNED, "planned", "to hire", "new position", "new", "计划", "計劃", "计划招聘", "計劃招聘",
                "待招", "新增");
    }

    private ValueWords() {
    }

    /** The archetype a word names, or null. */
    public static Archetype archetype(String word) {
        return ARCHETYPES.get(Words.compact(word));
    }

    /** The sourcing a word names, or null. */
    public static Sourcing sourcing(String word) {
        return SOURCINGS.get(Words.compact(word));
    }

    /** The staffing a word names, or null. */
    public static Staffing staffing(String word) {
        return STAFFINGS.get(Words.compact(word));
    }

    /** Whether a word names the implicit region that covers every region. */
    public static boolean isGlobal(String word) {
        return GLOBAL.contains(Words.compact(word));
    }

    private static void archetype(Archetype archetype, String... words) {
        for (String word : words) {
            ARCHETYPES.put(Words.compact(word), archetype);
        }
    }

    private static void staffing(Staffing staffing, String... words) {
        for (String word : words) {
            STAFFINGS.put(Words.compact(word), staffing);
        }
    }

    private static void sourcing(Sourcing sourcing, String... words) {
        for (String word : words) {
            SOURCINGS.put(Words.compact(word), sourcing);
        }
    }
}
