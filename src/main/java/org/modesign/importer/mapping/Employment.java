package org.modesign.importer.mapping;

import java.util.HashMap;
import java.util.Map;
import org.modesign.model.Sourcing;

/**
 * What a worker type or an employment status says: how the position is sourced and whether it is
 * part-time, each null when the word does not say ("Active" says neither; "Part-Time" says nothing
 * of sourcing). {@link #of} reads the words of HR exports in English, German, French, Spanish and
 * Chinese besides the sourcing words of the roles export: employees (regular, permanent, fixed
 * term, intern, working student) are in-house; contingent workers, contractors, consultants and
 * freelancers are contractors; agency temps, temporary staff and outsourcing are agency;
 * secondments are seconded.
 *
 * @param sourcing the sourcing the word names, or null
 * @param partTime true for part-time, false for full-time, null when the word does not say
 */
public record Employment(Sourcing sourcing, Boolean partTime) {

    private static final Map<String, Employment> WORDS = new HashMap<>();

    static {
        Sourcing in = Sourcing.IN_HOUSE;
        Sourcing agency = Sourcing.AGENCY;
        Sourcing contractor = Sourcing.CONTRACTOR;
        Sourcing seconded = Sourcing.SECONDED;
        put(in, null, "regular", "permanent", "employee", "fixed term", "fixed-term employee", "temporary employee",
                "intern", "internship", "apprentice", "trainee", "working student", "student", "seasonal",
                "festangestellt", "festangestellte", "angestellt", "angestellte", "unbefristet", "befristet",
                "praktikant", "praktikantin", "auszubildende", "azubi", "cdi", "cdd", "salarié", "stagiaire",
                "alternant", "apprenti", "indefinido", "temporal", "becario", "practicante", "empleado", "正式",
                "正式员工", "正式員工", "合同制", "实习", "實習", "实习生", "實習生", "试用", "試用", "试用期");
        put(in, false, "full-time", "full time", "fulltime", "ft", "regular full-time", "full-time regular",
                "vollzeit", "temps plein", "temps complet", "tiempo completo", "jornada completa", "completa",
                "全职", "全職", "全日制");
        put(in, true, "part-time", "part time", "parttime", "pt", "regular part-time", "part-time regular",
                "teilzeit", "werkstudent", "werkstudentin", "minijob", "temps partiel", "tiempo parcial",
                "media jornada", "jornada parcial", "parcial", "兼职", "兼職", "非全日制");
        put(contractor, null, "contingent", "contingent worker", "contractor", "independent contractor",
                "consultant", "freelancer", "freelance", "self-employed", "freiberufler", "freiberuflich",
                "externer", "externe", "berater", "prestataire", "indépendant", "consultante", "autónomo",
                "consultor", "contratista", "顾问", "顧問", "外部顾问", "自由职业", "自由職業");
        put(contractor, true, "part-time contractor", "part-time consultant");
        put(agency, null, "agency", "agency temp", "agency worker", "temp", "temporary", "temporary worker",
                "leiharbeiter", "leiharbeit", "zeitarbeit", "zeitarbeiter", "arbeitnehmerüberlassung", "intérim",
                "intérimaire", "ett", "empresa de trabajo temporal", "outsourced", "outsourcing", "劳务派遣",
                "勞務派遣", "派遣", "外包", "外包人员", "外包人員");
        put(seconded, null, "secondment", "on secondment", "abordnung", "abgeordnet", "détachement", "détaché",
                "comisión de servicios", "挂职", "掛職");
        put(null, null, "active", "on leave", "leave of absence", "aktiv", "actif", "activo", "在职", "在職");
    }

    /** What {@code word} says, or null when the import does not know it. */
    public static Employment of(String word) {
        Employment employment = WORDS.get(Words.compact(word));
        if (employment != null) {
            return employment;
        }
        Sourcing sourcing = ValueWords.sourcing(word);
        return sourcing == null ? null : new Employment(sourcing, null);
    }

    private static void put(Sourcing sourcing, Boolean partTime, String... words) {
        Employment employment = new Employment(sourcing, partTime);
        for (String word : words) {
            WORDS.put(Words.compact(word), employment);
        }
    }
}
