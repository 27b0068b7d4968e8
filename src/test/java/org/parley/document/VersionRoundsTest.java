package org.parley.document;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.drafting.RevisionService;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;

/** Which version answers a round, and when its answers are public: the Java and SQL forms agree, state by state. */
@ParleyTest
class VersionRoundsTest {

    @Autowired
    TestData data;
    @Autowired
    DocumentService documents;
    @Autowired
    RevisionService revisions;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void clean() {
        data.reset();
    }

    @ParameterizedTest(name = "next version {0}: answers public {1}")
    @CsvSource({"NONE, false", "DRAFT, false", "OPEN_FOR_COMMENTS, true", "CLOSED, true", "PUBLISHED, true"})
    void answers_become_public_once_the_answering_version_is_out_of_draft(String nextStatus, boolean expected) {
        DocumentSummary created = data.openDocument("rounds", Visibility.PUBLIC, "First paragraph.\n\nSecond one.");
        DocumentVersion round = created.latest();
        if (!nextStatus.equals("NONE")) {
            long next = SystemActor.call(() -> revisions.startNextDraft("rounds")).version().id();
            dsl.update(DOCUMENT_VERSION).set(DOCUMENT_VERSION.STATUS, nextStatus)
                    .where(DOCUMENT_VERSION.ID.eq(next)).execute();
        }
        DocumentSummary summary = SystemActor.call(() -> documents.document("rounds"));

        assertThat(summary.versionAnswering(round).isPresent()).isEqualTo(!nextStatus.equals("NONE"));
        assertThat(VersionRounds.answersPublic(round, summary.versions())).isEqualTo(expected);
        assertThat(dsl.select(DSL.field(VersionRounds.answersPublic(DSL.val(round.id())))).fetchOne().value1())
                .isEqualTo(expected);
    }
}
