package org.parley.base;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The i18n bundles ({@code vaadin-i18n/translations*.properties}) for code outside Vaadin views,
 * e.g. REST error messages in the caller's language.
 */
@Component
public class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Locale locale, Object... arguments) {
        return source.getMessage(key, arguments, key, supportedOrEnglish(locale));
    }

    public String get(UserFacingException exception, Locale locale) {
        return get(exception.messageKey(), locale, exception.arguments());
    }

    public static Locale supportedOrEnglish(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }
}
