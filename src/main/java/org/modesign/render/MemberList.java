package org.modesign.render;

/**
 * The line of a committee's or squad's card that lists who serves on it: their titles, as many
 * as fit in the width given, then "+N more" for the rest ("Head of MOps, CRM lead, +3 more").
 */
final class MemberList {

    private static final String COMMA = ", ";

    private MemberList() {
    }

    static String fit(Surface surface, ChartScene scene, int[] members, ChartLabels labels, double width) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < members.length; k++) {
            String title = scene.node(members[k]).label();
            String candidate = line.length() == 0 ? title : line + COMMA + title;
            int left = members.length - k - 1;
            String shown = left == 0 ? candidate : candidate + COMMA + labels.more(left);
            if (surface.textWidth(shown, CardMetrics.DETAIL_FONT) > width) {
                int rest = members.length - k;
                return line.length() == 0 ? labels.more(rest) : line + COMMA + labels.more(rest);
            }
            line.setLength(0);
            line.append(candidate);
        }
        return line.toString();
    }
}
