package org.modesign.importer.mapping;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * People's names as HR exports write them: a whole name from a first and a last name ("Ann" and
 * "Lee" make "Ann Lee"; "王" and "芳" make "王芳"), the words that mean "nobody in this position yet"
 * ("Vacant", "TBH", "空缺"), and whether a value looks like a person's name (for guessing a column).
 */
public final class PersonNames {

    /** Two to four words of letters (with ' and -), or two to four ideographs. */
    private static final Pattern LATIN = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:,?\\s+\\p{L}[\\p{L}'\u2019.-]*){1,3}");
    private static final Pattern IDEOGRAPHS = Pattern.compile("[\\p{IsHan}\u00B7]{2,4}");
    private static final Set<String> VACANT = Set.of("vacant", "vacancy", "open", "openposition", "tbh", "tbd",
            "tobehired", "tobedetermined", "newhire", "hiring", "vakant", "unbesetzt", "offen", "nnunbesetzt",
            "postevacant", "vacante", "空缺", "待招", "待定", "招聘中", "空缺岗位", "空缺崗位");

    /** The longest of the words for a vacancy, with room for spaces. */
    private static final int MAX_VACANT = 24;

    private PersonNames() {
    }

    /** "Ann Lee" from "Ann" and "Lee"; "王芳" from "芳" and "王"; either alone when the other is empty. */
    public static String join(String first, String last) {
        String f = first.strip();
        String l = last.strip();
        if (f.isEmpty() || l.isEmpty()) {
            return f.isEmpty() ? l : f;
        }
        return Words.hasIdeograph(f) && Words.hasIdeograph(l) ? l + f : f + " " + l;
    }

    /** Whether a person column's value says the position has no one in it. */
    public static boolean isVacant(String value) {
        return value.length() <= MAX_VACANT && VACANT.contains(Words.compact(value));
    }

    /** Whether a value looks like a person's name: "Ann Lee", "Lee, Ann", "Anne-Marie O'Neil", "王芳". */
    public static boolean looksLikeName(String value) {
        String text = value.strip();
        return text.length() <= 60 && (LATIN.matcher(text).matches() || IDEOGRAPHS.matcher(text).matches());
    }
}
