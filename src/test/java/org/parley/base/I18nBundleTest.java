package org.parley.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.document.DocumentService;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;

/** The three bundles stay in step, and every key the code asks for exists. */
class I18nBundleTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    /** A string literal shaped like a message key: lower-case dotted words, e.g. "import.error.empty". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Object[] ARGUMENTS = {1234, 5, 6, 7, 8};

    private static Map<String, String> bundle(String suffix) {
        String resource = "/vaadin-i18n/translations" + suffix + ".properties";
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            properties.forEach((key, value) -> values.put((String) key, (String) value));
            return values;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> english() {
        return bundle("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void french_and_spanish_name_languages_in_lower_case_inside_a_sentence_and_capitalised_as_a_label(String suffix) {
        Map<String, String> bundle = bundle(suffix);
        for (String code : new String[] {"en", "fr", "es", "ar"}) {
            String label = bundle.get("language." + code);
            String inText = bundle.get("language.in-text." + code);
            assertThat(inText).as(code).isEqualTo(label.toLowerCase(Locale.ROOT));
            assertThat(Character.isUpperCase(label.charAt(0))).as(label).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void translation_has_exactly_the_english_keys(String suffix) {
        assertThat(bundle(suffix).keySet()).containsExactlyElementsOf(english().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void no_value_is_blank(String suffix) {
        assertThat(bundle(suffix)).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void every_value_formats_with_message_format_and_fills_all_placeholders(String suffix) {
        Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
        assertThat(bundle(suffix)).allSatisfy((key, value) -> {
            assertThatCode(() -> new MessageFormat(value, locale).format(ARGUMENTS)).as(key)
                    .doesNotThrowAnyException();
            assertThat(new MessageFormat(value, locale).format(ARGUMENTS)).as(key).doesNotContain("{", "}");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void apostrophes_are_doubled_for_message_format(String suffix) {
        assertThat(bundle(suffix)).allSatisfy((key, value) ->
                assertThat(value.replace("''", "")).as(key).doesNotContain("'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void translation_uses_the_same_placeholders_as_english(String suffix) {
        Map<String, String> english = english();
        assertThat(bundle(suffix)).allSatisfy((key, value) ->
                assertThat(placeholders(value)).as(key).isEqualTo(placeholders(english.get(key))));
    }

    @Test
    void every_message_key_used_in_the_code_exists() throws IOException {
        Map<String, String> english = english();
        Set<String> prefixes = english.keySet().stream().map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());

        Set<String> used = keysUsedInCode(prefixes);

        // the scan must actually see the code: keys from a view, a service, a constant and a static factory
        assertThat(used).contains("nav.documents", "document.error.slug-taken", "import.error.empty",
                "error.login-required", "tokens.status.revoked");
        assertThat(used).allSatisfy(key -> assertThat(english).as("bundle").containsKey(key));
    }

    @Test
    void keys_built_from_enums_and_languages_exist() {
        Map<String, String> english = english();

        for (VersionStatus status : VersionStatus.values()) {
            assertThat(english).containsKey("version.status." + status);
        }
        for (Visibility visibility : Visibility.values()) {
            assertThat(english).containsKey("documents.visibility." + visibility);
        }
        for (String language : DocumentService.CONTENT_LANGUAGES) {
            assertThat(english).containsKey("language." + language);
        }
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    /**
     * Key-shaped literals whose first word is one of the bundle's prefixes. Lines that start a journal entry
     * are skipped: their action names ("document.imported") look like keys but are not messages.
     */
    private static Set<String> keysUsedInCode(Set<String> prefixes) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.contains("JournalEntry.of(") || line.contains("commentEntry(")) {
                        continue;
                    }
                    Matcher m = KEY_LITERAL.matcher(line);
                    while (m.find()) {
                        String literal = m.group(1);
                        if (prefixes.contains(literal.substring(0, literal.indexOf('.')))) {
                            keys.add(literal);
                        }
                    }
                }
            }
        }
        return keys;
    }
}
