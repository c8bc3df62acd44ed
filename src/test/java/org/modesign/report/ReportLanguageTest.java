package org.modesign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.text.Language;

class ReportLanguageTest {

    static java.util.List<String> samples() {
        return ReportFixtures.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesAreInEnglish(String sample) {
        assertEquals(Language.ENGLISH, ReportLanguage.of(ReportFixtures.sample(sample)));
    }

    @Test
    void aDesignWrittenInChineseIsChineseInItsOwnScript() {
        assertEquals(Language.SIMPLIFIED_CHINESE, ReportLanguage.of(ReportFixtures.chinese(false)));
        assertEquals(Language.TRADITIONAL_CHINESE, ReportLanguage.of(ReportFixtures.chinese(true)));
    }

    @Test
    void aFewChineseWordsInAnEnglishDesignLeaveItEnglish() {
        var design = ReportFixtures.sample("mops-of-one");
        assertEquals(Language.ENGLISH, ReportLanguage.of(design.withTitle(design.title() + " 中国")));
    }

    @Test
    void wordsFallBackToEnglishAndFormatNumbersForTheLanguage() {
        var design = ReportFixtures.sample("mops-of-one");
        ReportWords english = ReportWords.of(design, Language.ENGLISH);
        ReportWords chinese = ReportWords.of(design, Language.SIMPLIFIED_CHINESE);
        assertEquals("Key figures", english.get(ReportText.KEY_FIGURES));
        assertEquals("关键数据", chinese.get(ReportText.KEY_FIGURES));
        assertEquals("Interest in measuring marketing's revenue", english.get(ReportText.READINESS_REVENUE));
        assertEquals("\u2026 and 3 more", english.get(ReportText.MORE, 3));
        assertEquals("1,234.5", english.number(1234.5));
        assertEquals("25%", english.percent(0.25));
    }
}
