package org.modesign.model;

/** The rule for ids: 1-64 characters of {@code [A-Za-z0-9_.-]}. */
public final class Ids {

    private Ids() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Turns any text into a valid id stem (letters, digits, '-'), e.g. for new nodes. */
    public static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
            if (sb.length() >= 40) {
                break;
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "n" : sb.toString();
    }
}
