package org.parley.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every branch of every message of every bundle, formatted as the application formats it. A {@code choice} branch
 * that holds an argument is parsed again by MessageFormat after ChoiceFormat has taken one level of quotes off, so
 * an apostrophe written {@code ''} there comes out as a quote and disappears ("n''ont" showed "nont"): in such a
 * branch it must be written {@code ''''} (or as the typographic ’).
 */
class MessageBranchesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void every_branch_of_every_message_formats_with_its_apostrophes_and_no_placeholder_left(String suffix) {
        Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
        List<String> wrong = new ArrayList<>();
        load(suffix).forEach((key, value) -> {
            String pattern = (String) value;
            MessageFormat message = new MessageFormat(pattern, locale);
            Format[] formats = message.getFormatsByArgumentIndex();
            List<Object[]> argumentSets = new ArrayList<>();
            argumentSets.add(arguments(formats, -1, 0));
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] instanceof ChoiceFormat choice) {
                    for (int branch = 0; branch < choice.getLimits().length; branch++) {
                        argumentSets.add(arguments(formats, i, choice.getLimits()[branch]));
                        String text = (String) choice.getFormats()[branch];
                        if (text.contains("{") && text.replace("''", "").contains("'")) {
                            wrong.add(key + " (branch " + branch + ": an apostrophe that the second formatting "
                                    + "takes as a quote; write '''' or ’)");
                        }
                    }
                }
            }
            for (Object[] arguments : argumentSets) {
                String formatted = message.format(arguments);
                if (formatted.contains("{") || formatted.contains("}")) {
                    wrong.add(key + " (placeholder left: " + formatted + ")");
                }
            }
        });
        assertThat(wrong).as("messages of translations%s.properties", suffix).isEmpty();
    }

    /** Numbers for numbers and choices (the choice under test at one of its limits), dates for dates, else words. */
    private static Object[] arguments(Format[] formats, int choiceIndex, double limit) {
        Object[] arguments = new Object[Math.max(formats.length, 10)];
        for (int i = 0; i < arguments.length; i++) {
            Format format = i < formats.length ? formats[i] : null;
            if (i == choiceIndex) {
                arguments[i] = Double.isInfinite(limit) ? -1L : (long) Math.ceil(limit);
            } else if (format instanceof DateFormat) {
                arguments[i] = new Date(0);
            } else if (format != null) {
                arguments[i] = 3L;
            } else {
                arguments[i] = "word";
            }
        }
        return arguments;
    }

    private static Properties load(String suffix) {
        String resource = "/vaadin-i18n/translations" + suffix + ".properties";
        try (InputStream in = MessageBranchesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
