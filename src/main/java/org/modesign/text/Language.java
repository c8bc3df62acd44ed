package org.modesign.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages MOdesign speaks: English, Simplified Chinese and Traditional Chinese. Any locale
 * maps to one of them ({@link #of(Locale)}): Chinese written in the Traditional script, or spoken in
 * Taiwan, Hong Kong or Macao, to Traditional; any other Chinese to Simplified; everything else to
 * English.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE),
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag under which the language is remembered: {@code en}, {@code zh-CN} or {@code zh-TW}. */
    public String tag() {
        return tag;
    }

    /** The locale of its resource bundles: {@code en}, {@code zh_CN} or {@code zh_TW}. */
    public Locale locale() {
        return locale;
    }

    /** Whether it is one of the Chinese languages. */
    public boolean isChinese() {
        return this != ENGLISH;
    }

    /** The language MOdesign speaks to a user of {@code locale}. */
    public static Language of(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return switch (locale.getScript()) {
            case "Hant" -> TRADITIONAL_CHINESE;
            case "Hans" -> SIMPLIFIED_CHINESE;
            default -> switch (locale.getCountry()) {
                case "TW", "HK", "MO" -> TRADITIONAL_CHINESE;
                default -> SIMPLIFIED_CHINESE;
            };
        };
    }

    /** The language remembered under {@code tag} ({@link #tag()}), or empty for an unknown tag. */
    public static Optional<Language> forTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
