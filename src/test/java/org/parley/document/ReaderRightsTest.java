package org.parley.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading rule as a table: every reader × document visibility × version status. */
class ReaderRightsTest {

    @ParameterizedTest(name = "{0} reading a {1} document, version {2}: {3}")
    @CsvSource({
            "ANONYMOUS, PUBLIC,  DRAFT,             false",
            "ANONYMOUS, PUBLIC,  OPEN_FOR_COMMENTS, true",
            "ANONYMOUS, PUBLIC,  CLOSED,            true",
            "ANONYMOUS, PUBLIC,  PUBLISHED,         true",
            "ANONYMOUS, MEMBERS, DRAFT,             false",
            "ANONYMOUS, MEMBERS, OPEN_FOR_COMMENTS, false",
            "ANONYMOUS, MEMBERS, CLOSED,            false",
            "ANONYMOUS, MEMBERS, PUBLISHED,         false",
            "MEMBER,    PUBLIC,  DRAFT,             false",
            "MEMBER,    PUBLIC,  OPEN_FOR_COMMENTS, true",
            "MEMBER,    PUBLIC,  CLOSED,            true",
            "MEMBER,    PUBLIC,  PUBLISHED,         true",
            "MEMBER,    MEMBERS, DRAFT,             false",
            "MEMBER,    MEMBERS, OPEN_FOR_COMMENTS, true",
            "MEMBER,    MEMBERS, CLOSED,            true",
            "MEMBER,    MEMBERS, PUBLISHED,         true",
            "EDITOR,    PUBLIC,  DRAFT,             true",
            "EDITOR,    PUBLIC,  OPEN_FOR_COMMENTS, true",
            "EDITOR,    PUBLIC,  CLOSED,            true",
            "EDITOR,    PUBLIC,  PUBLISHED,         true",
            "EDITOR,    MEMBERS, DRAFT,             true",
            "EDITOR,    MEMBERS, OPEN_FOR_COMMENTS, true",
            "EDITOR,    MEMBERS, CLOSED,            true",
            "EDITOR,    MEMBERS, PUBLISHED,         true",
    })
    void reading_rule(ReaderRights reader, Visibility visibility, VersionStatus status, boolean mayRead) {
        assertThat(reader.mayRead(visibility, status)).isEqualTo(mayRead);
        if (status != VersionStatus.DRAFT) {
            assertThat(reader.mayRead(visibility)).isEqualTo(mayRead);
        }
    }
}
