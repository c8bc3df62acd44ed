package org.modesign.importer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Locations of HR exports to continents, by city, country name in five languages, ISO code; and overrides. */
class LocationsTest {

    private final Locations table = Locations.defaults();

    @Test
    void citiesAndCountriesGoToTheirContinents() {
        assertEquals("Europe", table.region("Munich"));
        assertEquals("Europe", table.region("Berlin, Germany"));
        assertEquals("Europe", table.region("Deutschland"));
        assertEquals("Europe", table.region("Allemagne"));
        assertEquals("Europe", table.region("Alemania"));
        assertEquals("Europe", table.region("德国"));
        assertEquals("Europe", table.region("FR"));
        assertEquals("Europe", table.region("London Office"));
        assertEquals("North America", table.region("US - Austin"));
        assertEquals("North America", table.region("Remote (USA)"));
        assertEquals("North America", table.region("Atlanta, Georgia"), "a city before a country of the same name");
        assertEquals("North America", table.region("San Francisco, CA"));
        assertEquals("South America", table.region("São Paulo"));
        assertEquals("South America", table.region("Sao Paulo, Brazil"));
        assertEquals("Asia", table.region("上海市"));
        assertEquals("Asia", table.region("北京总部"));
        assertEquals("Asia", table.region("臺北"));
        assertEquals("Asia", table.region("Singapore"));
        assertEquals("Oceania", table.region("Sydney NSW"));
        assertEquals("Africa", table.region("Lagos, Nigeria"));
        assertNull(table.region("Mars"));
        assertNull(table.region(""));
    }

    @Test
    void theCountryTableHoldsTheNamesTheJdkGivesInSixLanguages() throws IOException {
        Locale[] languages = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE};
        String text;
        try (InputStream in = Locations.class.getResourceAsStream(Locations.COUNTRIES)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int countries = 0;
        for (String line : text.lines().filter(l -> !l.startsWith("#")).toList()) {
            List<String> fields = List.of(line.split("\\|"));
            Locale country = new Locale("", fields.get(0));
            for (Locale language : languages) {
                String name = country.getDisplayCountry(language);
                assertTrue(name.equals(fields.get(0)) || fields.contains(name), line + " lacks " + name);
            }
            countries++;
        }
        assertEquals(242, countries);
    }

    @Test
    void overridesComeFirstAndAContinentCanBeRenamed() {
        Locations custom = table.with("Munich", "DACH").with("Europe", "EMEA");
        assertEquals("DACH", custom.region("Munich"));
        assertEquals("EMEA", custom.region("Paris"));
        assertEquals("Asia", custom.region("Tokyo"));
        assertEquals("Europe", table.region("Paris"), "the default table is unchanged");
        assertTrue(Locations.candidates("Europe").contains("EMEA"));
        assertEquals("Europe", Locations.candidates("Europe").get(0));
    }
}
