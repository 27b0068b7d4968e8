package org.parley.comment.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * "just now", "5 minutes ago", "3 days ago" in the reader's language (messages {@code time.ago.*}); a date after a
 * week. {@code translate} is a view's getTranslation, so that this can be tested without a UI.
 */
final class RelativeTime {

    private RelativeTime() {
    }

    static String of(OffsetDateTime at, Instant now, Locale locale, BiFunction<String, Object[], String> translate) {
        Duration ago = Duration.between(at.toInstant(), now);
        if (ago.isNegative() || ago.toMinutes() < 1) {
            return translate.apply("time.ago.now", new Object[0]);
        }
        if (ago.toHours() < 1) {
            return translate.apply("time.ago.minutes", new Object[] {ago.toMinutes()});
        }
        if (ago.toDays() < 1) {
            return translate.apply("time.ago.hours", new Object[] {ago.toHours()});
        }
        if (ago.toDays() < 7) {
            return translate.apply("time.ago.days", new Object[] {ago.toDays()});
        }
        return exact(at, locale);
    }

    static String exact(OffsetDateTime at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZoneSameInstant(ZoneId.of("UTC"))) + " UTC";
    }
}
