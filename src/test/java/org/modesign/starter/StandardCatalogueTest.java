package org.modesign.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.model.Capability;
import org.modesign.model.Design;

/** The 22 tasks of the survey with the share of MOps professionals doing each (domain.md). */
class StandardCatalogueTest {

    @Test
    void holdsTheTwentyTwoTasksMostOftenDoneFirst() {
        List<StandardCatalogue.Task> tasks = StandardCatalogue.tasks();
        assertEquals(22, tasks.size());
        for (int i = 1; i < tasks.size(); i++) {
            assertTrue(tasks.get(i - 1).sharePercent() >= tasks.get(i).sharePercent(), tasks.get(i).toString());
        }
        assertEquals(22, new HashSet<>(StandardCatalogue.capabilities().stream().map(Capability::id).toList()).size());
        assertEquals(tasks.stream().map(StandardCatalogue.Task::capability).toList(), StandardCatalogue.capabilities());
    }

    @Test
    void sharesAreTheSurveys() {
        assertEquals(OptionalDouble.of(84.5), StandardCatalogue.sharePercent("campaigns"));
        assertEquals(OptionalDouble.of(57.7), StandardCatalogue.sharePercent("data-quality"));
        assertEquals(OptionalDouble.of(8.5), StandardCatalogue.sharePercent("security-review"));
        assertEquals(OptionalDouble.empty(), StandardCatalogue.sharePercent("stack"));
    }

    @Test
    void newDesignsStartFromIt() {
        assertEquals(StandardCatalogue.capabilities(), NewDesigns.standardCatalogue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW"})
    void theCatalogueHasTwentyTwoDistinctChineseNamesAndTheEnglishIds(String tag) {
        List<Capability> english = StandardCatalogue.capabilities();
        List<Capability> chinese = StandardCatalogue.capabilities(Locale.forLanguageTag(tag));
        assertEquals(22, chinese.size());
        assertEquals(22, new HashSet<>(chinese.stream().map(Capability::name).toList()).size(), "distinct names");
        for (int i = 0; i < 22; i++) {
            Capability en = english.get(i);
            Capability zh = chinese.get(i);
            assertEquals(new Capability(en.id(), zh.name(), en.layer(), en.scope(), en.archetype()), zh,
                    "only the name is translated");
            assertFalse(zh.name().isBlank(), en.id());
            assertTrue(zh.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "a Chinese name for " + en.id() + ": " + zh.name());
        }
    }

    @Test
    void simplifiedAndTraditionalNamesDifferAndOtherLocalesGetEnglish() {
        assertEquals("\u8BBE\u8BA1\u3001\u6267\u884C\u5E76\u4F18\u5316/\u6D4B\u8BD5\u8425\u9500\u6D3B\u52A8",
                StandardCatalogue.capabilities(Locale.SIMPLIFIED_CHINESE).get(0).name());
        assertEquals(StandardCatalogue.capabilities(Locale.TRADITIONAL_CHINESE),
                StandardCatalogue.capabilities(Locale.forLanguageTag("zh-HK")));
        assertEquals(StandardCatalogue.capabilities(Locale.SIMPLIFIED_CHINESE),
                StandardCatalogue.capabilities(Locale.forLanguageTag("zh-SG")));
        assertFalse(StandardCatalogue.capabilities(Locale.SIMPLIFIED_CHINESE)
                .equals(StandardCatalogue.capabilities(Locale.TRADITIONAL_CHINESE)));
        assertEquals(StandardCatalogue.capabilities(), StandardCatalogue.capabilities(Locale.GERMANY));
    }

    @Test
    void aNewDesignInChineseHasTheChineseCatalogue() {
        Design design = NewDesigns.standard("\u672A\u547D\u540D\u8BBE\u8BA1", "\u9636\u6BB5 1",
                "\u65B9\u6848 1", Locale.SIMPLIFIED_CHINESE);
        assertEquals(StandardCatalogue.capabilities(Locale.SIMPLIFIED_CHINESE), design.capabilities());
        assertEquals(NewDesigns.standard("t", "p", "s").scenarios().get(0).nodes(), design.scenarios().get(0).nodes());
    }
}
