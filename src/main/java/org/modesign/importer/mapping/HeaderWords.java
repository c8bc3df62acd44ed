package org.modesign.importer.mapping;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers that name each {@link Field}: those of the roles export and of the hiring export,
 * then the usual headers of HR exports (Workday, SuccessFactors, BambooHR, SAP, Personio, spreadsheets)
 * in English, German, French, Spanish and Simplified and Traditional Chinese. Compared by
 * {@link Words#compact}. When two headers of a file name the same field, the one earlier in its list
 * wins (a file with both "title" and "role" takes its titles from "title"; one with "Business Title"
 * and "Job Profile", from "Business Title"). "Name", "Nom" and "Nombre" are the title when nothing
 * else is, else the person (or the part of the name the file lacks, beside a first or last name):
 * see {@link #NAME_LIKE}.
 */
public final class HeaderWords {

    /** Headers that are a title in the roles export and a person's name in an HR export. */
    static final List<String> NAME_LIKE = List.of("name", "nom", "nombre", "名字");

    private static final Map<String, Field> BY_HEADER = new HashMap<>();
    private static final Map<String, Integer> RANK = new HashMap<>();
    private static final Map<Field, List<String>> LISTS = new EnumMap<>(Field.class);

    static {
        words(Field.ID, "id", "role id", "position id", "编号", "編號", "工号", "工號", "岗位编号", "崗位編號", "职位编号",
                "職位編號", "position number", "position no", "stellen-id", "stellennummer", "planstelle", "id du poste",
                "numéro de poste", "id de puesto", "número de puesto", "岗位id", "职位id");
        words(Field.TITLE, "title", "business title", "role", "role title", "job title", "position title", "position",
                "职位", "職位", "岗位", "崗位", "名称", "名稱", "职称", "職稱", "角色", "job", "job name", "job profile",
                "designation", "stellenbezeichnung", "stelle", "jobtitel", "berufsbezeichnung", "funktion",
                "titre du poste", "intitulé du poste", "intitulé de poste", "poste", "titre", "fonction", "emploi",
                "puesto", "título del puesto", "cargo", "título", "职务", "職務", "职位名称", "職位名稱", "岗位名称",
                "崗位名稱");
        words(Field.ARCHETYPE, "archetype", "type", "role type", "原型", "类型", "類型", "角色类型", "角色類型");
        words(Field.TEAM, "team", "team name", "department", "dept", "group", "团队", "團隊", "部门", "部門", "小组",
                "小組", "supervisory organization", "supervisory organisation", "department name", "organization",
                "organisation", "org unit", "organizational unit", "organisational unit", "sub-department",
                "abteilung", "organisationseinheit", "org-einheit", "bereich", "département", "service", "équipe",
                "departamento", "área", "equipo", "部门名称", "部門名稱", "所属部门", "所屬部門", "组织", "組織", "科室",
                "division", "business unit");
        words(Field.REGION, "region", "地区", "地區", "区域", "區域", "大区", "大區", "sales region", "geo",
                "geography", "région", "región");
        words(Field.FTE, "fte", "headcount", "全职当量", "全職當量", "人数", "人數", "编制", "編制",
                "full time equivalent", "full-time equivalent", "fte ratio", "scheduled fte", "vollzeitäquivalent",
                "vzä", "etp", "équivalent temps plein", "equivalente a tiempo completo", "ept", "等效全职", "等效全職");
        words(Field.SOURCING, "sourcing", "employment type", "用工方式", "来源", "來源", "用工类型", "用工類型",
                "worker type", "employee type", "worker category", "employee category", "employee class",
                "contract type", "worker sub-type", "mitarbeitertyp", "mitarbeitergruppe", "beschäftigungsverhältnis",
                "vertragsart", "type de contrat", "type de salarié", "catégorie de salarié", "tipo de contrato",
                "tipo de empleado", "tipo de trabajador", "员工类型", "員工類型", "人员类型", "人員類型", "合同类型",
                "合同類型", "雇佣类型", "僱傭類型");
        words(Field.FROM, "from", "start", "from phase", "start phase", "开始阶段", "開始階段", "起始阶段", "起始階段",
                "开始", "開始");
        words(Field.TO, "to", "end", "until", "to phase", "end phase", "结束阶段", "結束階段", "结束", "結束");
        words(Field.STAFFING, "staffing", "position status", "vacancy", "staffing status", "岗位状态", "崗位狀態",
                "招聘状态", "招聘狀態", "编制状态", "編制狀態", "stellenstatus", "besetzungsstatus", "statut du poste",
                "estado del puesto");
        words(Field.COST, "cost", "yearly cost", "annual cost", "cost per fte", "成本", "年成本", "人力成本", "年度成本");
        words(Field.MANAGER, "manager", "reports to", "reporting to", "line manager", "supervisor", "上级", "上級",
                "经理", "經理", "汇报对象", "匯報對象", "直属上级", "直屬上級", "manager name", "direct manager",
                "supervisor name", "reports to name", "line manager name", "people manager", "vorgesetzter",
                "vorgesetzte", "vorgesetzte/r", "vorgesetzter name", "führungskraft", "disziplinarischer vorgesetzter",
                "responsable", "responsable hiérarchique", "supérieur hiérarchique", "manager direct", "n+1",
                "jefe", "jefe directo", "responsable directo", "superior", "superior directo", "reporta a",
                "上级姓名", "上級姓名", "直属经理", "直屬經理", "汇报给", "匯報給", "上级主管", "上級主管", "直属主管",
                "直屬主管");
        words(Field.MANAGER_ID, "manager id", "manager employee id", "manager employee number", "manager employee #",
                "supervisor id", "reports to id", "manager position id", "manager number", "vorgesetzter id",
                "personalnummer vorgesetzter", "id responsable", "matricule responsable", "matricule manager",
                "id del jefe", "id jefe", "上级工号", "上級工號", "上级编号", "上級編號", "经理工号", "經理工號");
        words(Field.PERSON, "worker", "employee", "employee name", "full name", "person", "person name",
                "worker name", "staff name", "preferred name", "legal name", "employee full name", "incumbent",
                "mitarbeiter", "mitarbeiterin", "mitarbeiter/in", "mitarbeitername", "name des mitarbeiters",
                "beschäftigter", "nom complet", "nom et prénom", "prénom et nom", "collaborateur", "collaboratrice",
                "salarié", "employé", "nombre completo", "nombre y apellidos", "empleado", "colaborador", "trabajador",
                "姓名", "员工姓名", "員工姓名", "员工", "員工", "人员", "人員", "人员姓名", "人員姓名", "任职人", "任職人",
                "在岗人员", "在崗人員");
        words(Field.FIRST_NAME, "first name", "firstname", "given name", "forename", "preferred first name",
                "vorname", "prénom", "nombre de pila", "名");
        words(Field.LAST_NAME, "last name", "lastname", "surname", "family name", "nachname", "familienname",
                "nom de famille", "apellido", "apellidos", "primer apellido", "姓");
        words(Field.EMPLOYEE_ID, "employee id", "employee number", "employee no", "employee #", "emp id", "emp no",
                "worker id", "personnel number", "person id", "staff id", "staff number", "badge number",
                "personalnummer", "personal-nr", "personalnr", "mitarbeiternummer", "mitarbeiter-id", "matricule",
                "numéro d'employé", "id employé", "id salarié", "número de empleado", "id de empleado", "id empleado",
                "número de personal", "员工编号", "員工編號", "员工号", "員工號", "人员编号", "人員編號", "员工id");
        words(Field.LOCATION, "location", "work location", "office", "office location", "location name",
                "primary work location", "work site", "site", "country", "work country", "country name", "city",
                "standort", "arbeitsort", "dienstort", "büro", "land", "stadt", "lieu de travail", "lieu", "bureau",
                "pays", "ville", "ubicación", "oficina", "sede", "país", "ciudad", "工作地点", "工作地點", "办公地点",
                "辦公地點", "地点", "地點", "办公室", "辦公室", "所在地", "国家", "國家", "城市");
        words(Field.FTE_PERCENT, "fte %", "fte percent", "fte percentage", "% fte", "percent of full time",
                "beschäftigungsgrad", "arbeitszeitanteil", "teilzeitgrad", "taux d'activité", "taux d'emploi",
                "porcentaje de jornada", "% jornada", "工作比例", "工時比例");
        words(Field.HOURS, "hours", "weekly hours", "scheduled weekly hours", "standard hours", "hours per week",
                "working hours", "contract hours", "work hours", "default weekly hours", "wochenstunden",
                "arbeitsstunden", "sollstunden", "wochenarbeitszeit", "stunden pro woche", "stunden", "heures",
                "heures hebdomadaires", "heures par semaine", "horas", "horas semanales", "horas por semana", "工时",
                "工時", "每周工时", "每週工時", "周工时", "週工時");
        words(Field.EMPLOYMENT, "employment status", "time type", "full/part time", "full time/part time",
                "full-time/part-time", "ft/pt", "work schedule", "schedule type", "employment schedule",
                "arbeitszeitmodell", "vollzeit/teilzeit", "teilzeit/vollzeit", "beschäftigungsart", "temps de travail",
                "temps plein/partiel", "régime de travail", "jornada", "tipo de jornada", "全职/兼职", "全職/兼職",
                "工作性质", "工作性質", "雇佣状态", "僱傭狀態", "用工形式");
    }

    private HeaderWords() {
    }

    /** The field a header names, or null (also for a name-like header: see {@link #isNameLike}). */
    public static Field field(String header) {
        return BY_HEADER.get(Words.compact(header));
    }

    /** Whether a header is "Name" (or Nom, Nombre): the title or the person, by the other headers. */
    public static boolean isNameLike(String header) {
        return NAME_LIKE.contains(Words.compact(header));
    }

    /** How far down its field's list a header comes (0 for the export's own); for a known header only. */
    static int rank(String header) {
        return RANK.get(Words.compact(header));
    }

    /** The headers that name {@code field}, the export's own first. */
    public static List<String> headers(Field field) {
        return LISTS.getOrDefault(field, List.of());
    }

    private static void words(Field field, String... headers) {
        LISTS.put(field, List.of(headers));
        for (int i = 0; i < headers.length; i++) {
            String key = Words.compact(headers[i]);
            Field before = BY_HEADER.putIfAbsent(key, field);
            if ((before != null && before != field) || NAME_LIKE.contains(key)) {
                throw new ExceptionInInitializerError("header \"" + key + "\" names two fields");
            }
            RANK.putIfAbsent(key, i);
        }
    }
}
