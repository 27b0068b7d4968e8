package org.parley.testsupport;

import org.jooq.DSLContext;
import org.parley.document.Paragraph;

/**
 * Inserts many published comments on one paragraph in three statements (for the query-count test and the
 * thread benchmark): {@code count} top-level comments of mixed kinds, one in three on behalf of an organisation,
 * a reply to one in five, an endorsement on one in seven.
 */
public final class ManyComments {

    private ManyComments() {
    }

    public static void insert(DSLContext dsl, Paragraph paragraph, long authorId, long organisationId,
                              long endorsingOrganisationId, long endorserId, int count) {
        dsl.execute("""
                insert into comment (version_id, paragraph_id, lineage_id, kind, body, language, author_id,
                                     organisation_id, status, published_at)
                select ?, ?, ?, (array['COMMENT', 'QUESTION', 'SUPPORT', 'OBJECTION'])[1 + n % 4],
                       'Comment number ' || n, 'en', ?, case when n % 3 = 0 then ?::bigint end, 'PUBLISHED', now()
                from generate_series(1, ?) n""",
                paragraph.versionId(), paragraph.id(), paragraph.lineageId(), authorId, organisationId, count);
        dsl.execute("""
                insert into comment (version_id, paragraph_id, lineage_id, parent_id, depth, kind, body, language,
                                     author_id, status, published_at)
                select version_id, paragraph_id, lineage_id, id, 1, 'COMMENT', 'Reply to ' || id, 'en', author_id,
                       'PUBLISHED', now()
                from comment where paragraph_id = ? and parent_id is null and id % 5 = 0""", paragraph.id());
        dsl.execute("""
                insert into endorsement (comment_id, organisation_id, endorsed_by)
                select id, ?, ? from comment
                where paragraph_id = ? and parent_id is null and id % 7 = 0
                  and organisation_id is distinct from ?""",
                endorsingOrganisationId, endorserId, paragraph.id(), endorsingOrganisationId);
    }
}
