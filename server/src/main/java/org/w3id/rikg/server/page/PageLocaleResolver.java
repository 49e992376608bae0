package org.w3id.rikg.server.page;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * German first: pages are German unless the reader asks for English with {@code ?lang=en} or prefers it
 * in {@code Accept-Language}. Stateless (no cookie, no session), so a URL always shows the same page.
 */
public class PageLocaleResolver implements LocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equalsIgnoreCase(lang)) {
                    return supported;
                }
            }
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accept);
                Locale match = Locale.lookup(ranges, SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header counts as no preference.
            }
        }
        return Locale.GERMAN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The page language is chosen by ?lang= or Accept-Language");
    }
}
