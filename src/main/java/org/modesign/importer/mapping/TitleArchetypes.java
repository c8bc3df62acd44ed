package org.modesign.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modesign.model.Archetype;

/**
 * Suggests an archetype from a job title, by its words in English, German, French, Spanish and
 * Chinese, in tiers tried in order (the first that matches wins):
 * <ol>
 * <li>Leader: head, director, VP, chief, lead, Leiter, directeur, jefe, 总监, 负责人, 主管, ...
 * ("lead generation" is not a lead);</li>
 * <li>the kind of person: administrator (Maestro); analyst, scientist, data engineer (Modeler);
 * developer, engineer, architect (Maker);</li>
 * <li>the work: automation, operations, martech, the marketing platforms (Maestro); data, analytics,
 * insight, BI, research (Modeler); web, integration, UX, IT (Maker); campaign, demand, content, brand,
 * field, social, email, events, marketing (Marketer);</li>
 * <li>last, Chinese 运营 ("operations", which alone is mostly content or community work) for
 * Maestro.</li>
 * </ol>
 * A title with none of these words gets no suggestion.
 */
public final class TitleArchetypes {

    private static final List<Tier> TIERS = new ArrayList<>();

    static {
        tier(Archetype.LEADER,
                "head|director|directors|vp|svp|evp|avp|vice president|chief|cmo|cdo|cto|cio|cmto|cgo|cro|ceo|lead"
                        + "|leader|team lead|president|managing director|general manager|geschäftsführer|direktor"
                        + "|direktorin|leitung|vorstand|directeur|directrice|chef de service|chef d'équipe|director"
                        + "|directora|jefe|jefa|gerente general",
                "leiter|总监|總監|副总裁|副總裁|总裁|總裁|首席|负责人|負責人|主管|总经理|總經理|部长|部長|组长|組長"
                        + "|部经理|部經理|部门经理|部門經理|领导|領導");
        tier(Archetype.MAESTRO, "administrator|administrators|admin|sysadmin|administrateur|administrador",
                "管理员|管理員");
        tier(Archetype.MODELER,
                "analyst|analysts|scientist|scientists|statistician|data engineer|data architect|analytics engineer"
                        + "|bi developer|bi engineer|analyste|analista|estadístico",
                "analyst|analytiker|数据工程师|數據工程師|資料工程師|分析师|分析師");
        tier(Archetype.MAKER,
                "developer|developers|engineer|engineers|programmer|architect|technologist|devops|front end"
                        + "|frontend|back end|backend|full stack|fullstack|développeur|développeuse|ingénieur"
                        + "|desarrollador|desarrolladora|ingeniero|ingeniera|programador",
                "entwickler|ingenieur|programmierer|开发|開發|工程师|工程師|程序员|程序員|架构师|架構師|前端|后端|後端");
        tier(Archetype.MAESTRO,
                "automation|operations|ops|mops|martech|marketing technology|marketing systems|marketing cloud"
                        + "|marketo|eloqua|pardot|hubspot|salesforce|sfmc|braze|platform|process|workflow|enablement"
                        + "|project manager|program manager|programme manager|project coordinator|leadmanagement"
                        + "|chef de projet|opérations|automatisation|operaciones|automatización|jefe de proyecto",
                "automatisierung|prozess|自动化|自動化|营销技术|營銷技術|行销科技|行銷科技|营销科技|營銷科技|系统|系統"
                        + "|流程|平台|项目经理|項目經理|專案|市场运营|市場運營|营销运营|營銷運營|行销营运|行銷營運"
                        + "|市场营运|市場營運|行銷運營");
        tier(Archetype.MODELER,
                "data|analytics|analytic|insight|insights|bi|business intelligence|intelligence|research"
                        + "|measurement|attribution|reporting|statistics|dashboard|dashboards|kpi|données|datos"
                        + "|análisis|analyse",
                "daten|analytik|数据|數據|資料|分析|洞察|研究|商业智能|商業智能|商業智慧|统计|統計|报表|報表|归因|歸因|测量");
        tier(Archetype.MAKER,
                "web|website|webmaster|integration|integrations|it|ux|ui|app|apps|mobile|software|technical|tech"
                        + "|cms|web producer|intégration|integración",
                "网站|網站|集成|整合|技术|技術|网页|網頁");
        tier(Archetype.MARKETER,
                "marketing|marketer|marketers|campaign|campaigns|demand|demand gen|content|brand|branding|field"
                        + "|social|social media|email|events|event|communications|communication|comms|pr"
                        + "|public relations|growth|seo|sem|ppc|paid|abm|copywriter|copy|writer|editor|creative"
                        + "|designer|partner|channel|lifecycle|crm|community|digital|advertising|media|acquisition"
                        + "|retention|loyalty|leadgeneration|influencer|sponsorship|promotion|merchandising"
                        + "|producer|video|ambassador|strategist|mercadotecnia|comunicación|marca|contenido"
                        + "|redactor|eventos|campañas|campagne|marque|contenu|rédacteur|événementiel|chef de produit",
                "marketing|kampagne|kommunikation|redakteur|texter|veranstaltung|营销|營銷|行销|行銷|市场|市場|品牌|内容"
                        + "|內容|活动|活動|社交|社群|新媒体|新媒體|公关|公關|传播|傳播|文案|设计|設計|媒介|广告|廣告|渠道"
                        + "|电商|電商|推广|推廣|增长|增長|获客|獲客|邮件|郵件|会员|會員|用户|用戶|直播|策划|策劃|编辑|編輯"
                        + "|创意|創意|投放");
        tier(Archetype.MAESTRO, "", "运营|運營|營運");
    }

    private TitleArchetypes() {
    }

    /** The archetype {@code title}'s words suggest, or null when they suggest none. */
    public static Archetype suggest(String title) {
        if (title.isBlank()) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        String words = " " + normalised(lower) + " ";
        for (Tier tier : TIERS) {
            if (tier.matches(words, lower)) {
                return tier.archetype;
            }
        }
        return null;
    }

    /**
     * Letters and digits as words separated by single spaces, with "lead generation" and the like
     * made one word, so that they are no lead.
     */
    private static String normalised(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        boolean space = true;
        boolean ideograph = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\'') {
                boolean han = Character.isIdeographic(c);
                if (!space && han != ideograph) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
                ideograph = han;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        String text = sb.toString().strip();
        return text.replace("lead generation", "leadgeneration").replace("lead gen", "leadgeneration")
                .replace("leads", "leadgeneration").replace("lead management", "leadmanagement")
                .replace("lead nurturing", "leadgeneration").replace("lead scoring", "leadmanagement")
                .replace("lead routing", "leadmanagement");
    }

    private static void tier(Archetype archetype, String words, String stems) {
        List<String> padded = new ArrayList<>();
        for (String word : words.split("\\|")) {
            if (!word.isEmpty()) {
                padded.add(" " + word + " ");
            }
        }
        TIERS.add(new Tier(archetype, padded, stems.isEmpty() ? List.of() : List.of(stems.split("\\|"))));
    }

    /** Words matched whole (padded with spaces) and stems matched anywhere, e.g. inside German compounds. */
    private record Tier(Archetype archetype, List<String> words, List<String> stems) {

        boolean matches(String paddedWords, String lower) {
            for (String word : words) {
                if (paddedWords.contains(word)) {
                    return true;
                }
            }
            for (String stem : stems) {
                if (lower.contains(stem)) {
                    return true;
                }
            }
            return false;
        }
    }
}
