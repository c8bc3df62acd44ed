package org.modesign.ui.language;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.modesign.text.Language;
import org.modesign.ui.i18n.I18n;

/**
 * The font family for Chinese text: the first installed of the usual families of Linux, Windows
 * and macOS, with the glyph forms of the editor's language first (Traditional families for
 * 繁體中文). JavaFX CSS takes one family name, not a fallback list, hence the look-up.
 *
 * <p>Controls get it from the user-agent stylesheet when the editor speaks Chinese
 * (see {@code ui.appearance.UserAgentSheet}); the canvases ask {@link #canvasFamily} for each text, so a
 * Chinese title on an English system is drawn in it too. Without any such family JavaFX's own
 * fallback finds what glyphs the system has.
 */
public final class ChineseFonts {

    /** JavaFX's default family, for text without Chinese characters. */
    public static final String SYSTEM = "System";

    private static final List<String> SIMPLIFIED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "Hiragino Sans GB", "Heiti SC", "SimHei", "Droid Sans Fallback");
    private static final List<String> TRADITIONAL = List.of("Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC",
            "Source Han Sans TW", "Noto Sans CJK HK", "Microsoft JhengHei", "PingFang TC", "Heiti TC");

    /** The code point where the CJK scripts' blocks begin (CJK Radicals Supplement). */
    private static final int FIRST_CJK = 0x2E80;

    private static final Map<Language, Optional<String>> FAMILIES = new ConcurrentHashMap<>();

    private ChineseFonts() {
    }

    /** The installed family for Chinese text in {@code language}'s glyph forms, or empty (needs JavaFX). */
    public static Optional<String> family(Language language) {
        return FAMILIES.computeIfAbsent(language, l -> firstInstalled(candidates(l), Font.getFamilies()));
    }

    /**
     * The family to draw {@code text} in on a canvas: the Chinese family of the editor's language
     * when the text has CJK characters and such a family is installed, else {@link #SYSTEM}.
     */
    public static String canvasFamily(CharSequence text) {
        return hasCjk(text) ? family(I18n.language()).orElse(SYSTEM) : SYSTEM;
    }

    /** Whether {@code text} holds a Chinese, Japanese or Korean character or CJK punctuation. */
    public static boolean hasCjk(CharSequence text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= FIRST_CJK && isCjk(Character.isHighSurrogate(c) ? Character.codePointAt(text, k) : c)) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code wanted} that is among {@code installed}. */
    static Optional<String> firstInstalled(List<String> wanted, Collection<String> installed) {
        return wanted.stream().filter(installed::contains).findFirst();
    }

    /** The families to look for, best first: the language's own glyph forms, then the others. */
    static List<String> candidates(Language language) {
        List<String> all = new ArrayList<>(language == Language.TRADITIONAL_CHINESE ? TRADITIONAL : SIMPLIFIED);
        all.addAll(language == Language.TRADITIONAL_CHINESE ? SIMPLIFIED : TRADITIONAL);
        return all;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }
}
