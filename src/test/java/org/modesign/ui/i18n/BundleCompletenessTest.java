package org.modesign.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.text.Language;

/**
 * Every translation of the editor's bundle is complete: it has each key of the English bundle and
 * no other, each pattern parses as a MessageFormat and uses the arguments English uses, of the
 * same kinds (numbers stay numbers, dates stay dates), menu labels keep a mnemonic, and the files
 * are read as UTF-8.
 */
class BundleCompletenessTest {

    /** An argument: its index and, if any, its format type (number, choice, date, time). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*([a-z]+))?");
    /** A key at the start of a line of a properties file. */
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z][^=:\\s]*)\\s*[=:]");

    private static final Properties ENGLISH = load("messages.properties");

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "zh_TW"})
    void everyEnglishKeyIsTranslatedAndNoOtherKeyIsThere(String locale) {
        Properties translation = load("messages_" + locale + ".properties");
        Set<String> missing = new TreeSet<>(ENGLISH.stringPropertyNames());
        missing.removeAll(translation.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translation.stringPropertyNames());
        extra.removeAll(ENGLISH.stringPropertyNames());
        assertEquals(Set.of(), missing, "translate these keys in messages_" + locale + ".properties");
        assertEquals(Set.of(), extra, "messages_" + locale + ".properties has keys English lacks");
        assertTrue(translation.size() > 500, "the bundle is read: " + translation.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_zh_TW"})
    void noKeyIsDefinedTwice(String suffix) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : text("messages" + suffix + ".properties").split("\n")) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.find() && !seen.add(m.group(1))) {
                twice.add(m.group(1));
            }
        }
        assertEquals(Set.of(), twice, "keys defined twice in messages" + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "zh_TW"})
    void everyPatternParsesAndUsesTheArgumentsOfEnglish(String locale) {
        Properties translation = load("messages_" + locale + ".properties");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(ENGLISH.stringPropertyNames())) {
            String pattern = translation.getProperty(key);
            if (pattern == null) {
                continue;
            }
            try {
                new MessageFormat(pattern, Locale.forLanguageTag(locale.replace('_', '-')));
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": does not parse (" + e.getMessage() + ")");
                continue;
            }
            Map<Integer, Set<Kind>> english = arguments(ENGLISH.getProperty(key));
            Map<Integer, Set<Kind>> translated = arguments(pattern);
            if (!english.keySet().equals(translated.keySet())) {
                wrong.add(key + ": uses arguments " + translated.keySet() + ", English " + english.keySet());
            }
            translated.forEach((index, kinds) -> kinds.stream()
                    .filter(kind -> kind != Kind.ANY && !english.getOrDefault(index, Set.of()).contains(kind))
                    .forEach(kind -> wrong.add(key + ": argument " + index + " is a " + kind + " only here")));
            if (pattern.indexOf('\'') >= 0) {
                wrong.add(key + ": has an ASCII apostrophe, which MessageFormat drops; use \u201C\u201D or "
                        + "\u300C\u300D");
            }
        }
        assertEquals(List.of(), wrong, "messages_" + locale + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "zh_TW"})
    void menuLabelsKeepAMnemonicInTheChineseStyle(String locale) {
        Properties translation = load("messages_" + locale + ".properties");
        Pattern chinese = Pattern.compile("\\(_\\p{Alnum}\\)");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(ENGLISH.stringPropertyNames())) {
            String value = translation.getProperty(key, "");
            if (ENGLISH.getProperty(key).contains("_") && (key.startsWith("menu.") || key.startsWith("action."))
                    && !chinese.matcher(value).find()) {
                wrong.add(key + "=" + value);
            }
        }
        assertEquals(List.of(), wrong, "write the mnemonic as in \u6587\u4EF6(_F)");
    }

    @Test
    void theEditorReadsTheBundlesAsUtf8AndNeverFallsBackToTheSystemsLanguage() {
        Locale system = Locale.getDefault();
        I18n.bundle(); // the editor's language is taken from the default locale once: not from the one set here
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("\u6587\u4EF6(_F)", I18n.bundle(Language.SIMPLIFIED_CHINESE).getString("menu.file"));
            assertEquals("\u6A94\u6848(_F)", I18n.bundle(Language.TRADITIONAL_CHINESE).getString("menu.file"));
            assertEquals("_File", I18n.bundle(Language.ENGLISH).getString("menu.file"),
                    "English chosen on a Chinese system stays English");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void theLanguagesAreNamedInEveryBundle() {
        for (Language language : Language.values()) {
            assertTrue(ENGLISH.containsKey("language.name." + language.tag()), language.tag());
        }
    }

    /** What an argument must be given. */
    private enum Kind { NUMBER, DATE, ANY }

    private static Map<Integer, Set<Kind>> arguments(String pattern) {
        Map<Integer, Set<Kind>> found = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            Kind kind = m.group(2) == null ? Kind.ANY : switch (m.group(2)) {
                case "number", "choice" -> Kind.NUMBER;
                case "date", "time" -> Kind.DATE;
                default -> Kind.ANY;
            };
            found.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new HashSet<>()).add(kind);
        }
        return found;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = open(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        return properties;
    }

    private static String text(String file) throws IOException {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String file) {
        InputStream in = I18n.class.getResourceAsStream(file);
        if (in == null) {
            throw new AssertionError(file + " is not beside org.modesign.ui.i18n.I18n");
        }
        return in;
    }
}
