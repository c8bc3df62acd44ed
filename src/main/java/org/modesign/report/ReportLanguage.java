package org.modesign.report;

import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.text.Language;

/**
 * The language a design is written in, which its report speaks: Chinese when most letters of its
 * title, mission and card titles are Chinese characters, else English. Traditional rather than
 * Simplified when the text uses more characters that only the Traditional script writes (們, 營,
 * 銷, ...) than ones only the Simplified script writes (们, 营, 销, ...): a few hundred of the commonest
 * words of an organisation chart, enough to tell the two apart.
 */
public final class ReportLanguage {

    /** Common characters written only in the Simplified script, each beside its Traditional form below. */
    private static final String SIMPLIFIED = "们营销运数据务团队经与长个这为发产体户门网络级总监创内关开价单质础频";
    private static final String TRADITIONAL = "們營銷運數據務團隊經與長個這為發產體戶門網絡級總監創內關開價單質礎頻";

    /** How many card titles are read: enough to judge, few enough to stay fast on any design. */
    private static final int TITLES = 500;

    private ReportLanguage() {
    }

    /** The language {@code design} is written in. */
    public static Language of(Design design) {
        Counts counts = new Counts();
        counts.add(design.title());
        counts.add(design.charter().mission());
        int titles = 0;
        for (Scenario scenario : design.scenarios()) {
            for (Node node : scenario.nodes()) {
                if (titles++ == TITLES) {
                    break;
                }
                counts.add(node.label());
            }
        }
        if (counts.han * 2 < counts.latin || counts.han == 0) {
            return Language.ENGLISH;
        }
        return counts.traditional > counts.simplified ? Language.TRADITIONAL_CHINESE : Language.SIMPLIFIED_CHINESE;
    }

    /** Letters counted by script. */
    private static final class Counts {
        int han;
        int latin;
        int simplified;
        int traditional;

        void add(String text) {
            text.codePoints().forEach(c -> {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                    simplified += SIMPLIFIED.indexOf(c) >= 0 ? 1 : 0;
                    traditional += TRADITIONAL.indexOf(c) >= 0 ? 1 : 0;
                } else if (Character.isLetter(c)) {
                    latin++;
                }
            });
        }
    }
}
