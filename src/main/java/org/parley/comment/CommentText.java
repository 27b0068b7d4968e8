package org.parley.comment;

import org.parley.base.UnicodeText;
import org.parley.base.UserFacingException;
import org.parley.base.UserText;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The limits on what people write. Text is stored as typed (HTML included, always displayed as text), but
 * control characters other than line breaks and tabs are refused: they are invisible and break exports.
 */
final class CommentText {

    static final int MAX_BODY = 10_000;
    static final int MAX_PROPOSED = 20_000;
    static final int MAX_QUOTE = 2_000;
    static final int MAX_NOTE = 2_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u200E\\u200F\\u202A-\\u202E]{8,}");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z]{2,4})?$");
    /** ISO 639 codes Java knows, two- and three-letter: "zz" has the right shape but is no language. */
    private static final Set<String> ISO_LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .flatMap(code -> Stream.of(code, new Locale(code).getISO3Language()))
            .collect(Collectors.toUnmodifiableSet());

    private CommentText() {
    }

    static String body(String text) {
        return required(text, MAX_BODY, "comment.error.body-empty", "comment.error.body-too-long",
                "field.comment-body");
    }

    static String proposed(String text) {
        return required(text, MAX_PROPOSED, "comment.error.proposed-empty", "comment.error.proposed-too-long",
                "field.comment-proposed");
    }

    static String note(String text) {
        return required(text, MAX_NOTE, "comment.error.note-empty", "comment.error.note-too-long",
                "field.comment-note");
    }

    static String optionalQuote(String quote) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        if (quote.length() > MAX_QUOTE) {
            throw new UserFacingException("comment.error.quote-too-long", MAX_QUOTE);
        }
        return refuseControlCharacters(UserText.refuseDirectionControls(UnicodeText.nfc(quote), "field.comment-quote"));
    }

    static String language(String code) {
        if (code == null || !LANGUAGE.matcher(code).matches() || !ISO_LANGUAGES.contains(code.split("-")[0])) {
            throw new UserFacingException("comment.error.language");
        }
        return code;
    }

    private static String required(String text, int max, String emptyKey, String tooLongKey, String fieldKey) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException(emptyKey);
        }
        String stripped = UnicodeText.nfc(text.strip().replace("\r\n", "\n"));
        if (stripped.length() > max) {
            throw new UserFacingException(tooLongKey, max, stripped.length());
        }
        return refuseControlCharacters(UserText.refuseDirectionControls(stripped, fieldKey));
    }

    private static String refuseControlCharacters(String text) {
        if (CONTROL.matcher(text).find()) {
            throw new UserFacingException("comment.error.control-characters");
        }
        return text;
    }
}
