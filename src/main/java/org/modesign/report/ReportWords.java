package org.modesign.report;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Severity;
import org.modesign.model.Coded;
import org.modesign.model.Design;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Staffing;
import org.modesign.model.ToolCategory;
import org.modesign.model.ObstacleKind;
import org.modesign.render.KeyedChartLabels;
import org.modesign.text.MoneyFormat;
import org.modesign.text.Language;
import org.modesign.text.Patterns;

/**
 * The report's words in one language: its {@link ReportText}s and the findings' sentences from the
 * editor's resource bundle of that language (read as a resource, so the command line needs no part
 * of the editor), numbers and money written for it. English where the bundle lacks a key.
 */
public final class ReportWords {

    /** The editor's resource bundle, where every translation lives. */
    static final String BUNDLE = "org.modesign.ui.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final String currency;
    private final MoneyFormat money;

    ReportWords(Language language, String currency) {
        this.language = language;
        this.currency = currency;
        this.money = new MoneyFormat(language.locale());
        this.bundle = load(language);
    }

    /** The words of {@code design}'s own language ({@link ReportLanguage}). */
    public static ReportWords of(Design design) {
        return of(design, ReportLanguage.of(design));
    }

    /** The words of {@code language}, with the money of {@code design}. */
    public static ReportWords of(Design design, Language language) {
        return new ReportWords(language, design.settings().currency());
    }

    private static ResourceBundle load(Language language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public Language language() {
        return language;
    }

    /**
     * {@code text} with {@code args} filled in ({@link Patterns}: English where the bundle lacks it);
     * a text without arguments is taken as it is written.
     */
    public String get(ReportText text, Object... args) {
        if (args.length == 0) {
            return Patterns.pattern(text, bundle);
        }
        return Patterns.format(text, Arrays.asList(args), bundle, (arg, language) -> arg);
    }

    /** The bundle's pattern for {@code key}, or the chart's English label when the bundle lacks it. */
    String raw(String key) {
        if (bundle != null && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        return KeyedChartLabels.ENGLISH_TEXTS.get(key);
    }

    /** The finding's sentence in this language. */
    public String finding(Finding finding) {
        return finding.text().localized(bundle);
    }

    public String severity(Severity severity) {
        return coded("report.severity.", severity);
    }

    public String staffing(Staffing staffing) {
        return coded("planview.staffing.", staffing);
    }

    public String category(ToolCategory category) {
        return coded("toolCategory.", category);
    }

    public String readiness(ReadinessTest test) {
        return coded("charter.readiness.", test);
    }

    public String answer(ReadinessAnswer answer) {
        return coded("charter.answer.", answer);
    }

    public String obstacle(ObstacleKind kind) {
        return coded("obstacleKind.", kind);
    }

    private String coded(String prefix, Coded value) {
        return get(ReportText.forKey(prefix + value.code()));
    }

    /** A count or an FTE: whole numbers without decimals, else with up to two. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A share from 0 to 1 as a percentage. */
    public String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(language.locale());
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    /** An amount of money, whole, grouped, followed by the design's currency when it has one. */
    public String money(double amount) {
        return money.format(amount, currency);
    }

    /** The design's currency ({@code ""} when none). */
    public String currency() {
        return currency;
    }
}
