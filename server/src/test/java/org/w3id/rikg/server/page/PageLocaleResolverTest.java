package org.w3id.rikg.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PageLocaleResolverTest {

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|-|de",
            "en|-|en",
            "de|en|de",
            "fr|en|en",
            "-|en-US,en;q=0.9|en",
            "-|fr, de;q=0.5, en;q=0.4|de",
            "-|fr|de",
            "-|;;;|de",
    })
    void germanUnlessEnglishIsAskedFor(String lang, String acceptLanguage, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        assertThat(new PageLocaleResolver().resolveLocale(request)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
