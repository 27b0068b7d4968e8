package org.parley.comment.ui;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void recent_times_are_relative_in_the_reader_s_language() {
        assertThat(ago(Duration.ofSeconds(20), Locale.ENGLISH)).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(1), Locale.ENGLISH)).isEqualTo("1 minute ago");
        assertThat(ago(Duration.ofMinutes(5), Locale.FRENCH)).isEqualTo("il y a 5 minutes");
        assertThat(ago(Duration.ofHours(3), Locale.forLanguageTag("es"))).isEqualTo("hace 3 horas");
        assertThat(ago(Duration.ofHours(30), Locale.FRENCH)).isEqualTo("hier");
        assertThat(ago(Duration.ofDays(4), Locale.forLanguageTag("es"))).isEqualTo("hace 4 días");
    }

    @Test
    void after_a_week_the_date_is_shown_in_the_reader_s_format() {
        assertThat(ago(Duration.ofDays(9), Locale.FRENCH)).startsWith("10 mars 2031").endsWith("UTC");
        assertThat(ago(Duration.ofDays(9), Locale.ENGLISH)).startsWith("Mar 10, 2031");
    }

    @Test
    void a_time_slightly_in_the_future_from_another_node_s_clock_is_just_now() {
        assertThat(ago(Duration.ofSeconds(-5), Locale.ENGLISH)).isEqualTo("just now");
    }

    private static String ago(Duration elapsed, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        BiFunction<String, Object[], String> translate = (key, arguments) ->
                new MessageFormat(bundle.getString(key), locale).format(arguments);
        Instant now = AT.toInstant().plus(elapsed);
        return RelativeTime.of(AT, now, locale, translate);
    }
}
