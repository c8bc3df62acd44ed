package org.modesign.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns the import understands, each with the headers that name it in English, Simplified
 * and Traditional Chinese. Headers are compared by {@link Keys#compact}; the first header of each
 * list is what the roles export writes ({@code id,title,archetype,team,region,fte,sourcing,from,to,manager});
 * {@code staffing} and {@code cost} (format v2) are what the hiring export writes.
 * When two headers of a file name the same column, the one earlier in its list wins (a file with
 * both "title" and "name" takes its titles from "title").
 */
enum Column {
    ID("id", "role id", "position id", "编号", "編號", "工号", "工號", "岗位编号", "崗位編號", "职位编号", "職位編號"),
    TITLE("title", "role", "role title", "job title", "position", "name", "职位", "職位", "岗位", "崗位", "名称",
            "名稱", "职称", "職稱", "角色"),
    ARCHETYPE("archetype", "type", "role type", "原型", "类型", "類型", "角色类型", "角色類型"),
    TEAM("team", "team name", "department", "dept", "group", "团队", "團隊", "部门", "部門", "小组", "小組"),
    REGION("region", "地区", "地區", "区域", "區域", "大区", "大區"),
    FTE("fte", "headcount", "全职当量", "全職當量", "人数", "人數", "编制", "編制"),
    SOURCING("sourcing", "employment type", "用工方式", "来源", "來源", "用工类型", "用工類型"),
    FROM("from", "start", "from phase", "start phase", "开始阶段", "開始階段", "起始阶段", "起始階段", "开始", "開始"),
    TO("to", "end", "until", "to phase", "end phase", "结束阶段", "結束階段", "结束", "結束"),
    STAFFING("staffing", "position status", "vacancy", "staffing status", "岗位状态", "崗位狀態", "招聘状态",
            "招聘狀態", "编制状态", "編制狀態"),
    COST("cost", "yearly cost", "annual cost", "cost per fte", "成本", "年成本", "人力成本", "年度成本"),
    MANAGER("manager", "reports to", "reporting to", "line manager", "manager id", "supervisor", "上级", "上級",
            "经理", "經理", "汇报对象", "匯報對象", "直属上级", "直屬上級");

    private static final Map<String, Column> BY_HEADER = new HashMap<>();
    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (Column column : values()) {
            for (int i = 0; i < column.headers.size(); i++) {
                String key = Keys.compact(column.headers.get(i));
                if (BY_HEADER.put(key, column) != null) {
                    throw new ExceptionInInitializerError("header \"" + key + "\" names two columns");
                }
                RANK.put(key, i);
            }
        }
    }

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The headers that name this column, the export's own first. */
    List<String> headers() {
        return headers;
    }

    /** The column a header names, or null. */
    static Column of(String header) {
        return BY_HEADER.get(Keys.compact(header));
    }

    /** How far down its column's list a header comes (0 for the export's own); for a known header only. */
    static int rank(String header) {
        return RANK.get(Keys.compact(header));
    }
}
