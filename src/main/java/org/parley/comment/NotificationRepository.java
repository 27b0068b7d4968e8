package org.parley.comment;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.parley.jooq.tables.Organisation;
import org.parley.jooq.tables.Person;
import org.parley.organisation.OrganisationKind;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.parley.jooq.Tables.COMMENT;
import static org.parley.jooq.Tables.DOCUMENT;
import static org.parley.jooq.Tables.DOCUMENT_VERSION;
import static org.parley.jooq.Tables.NOTIFICATION;
import static org.parley.jooq.Tables.ORGANISATION;
import static org.parley.jooq.Tables.PARAGRAPH;
import static org.parley.jooq.Tables.PARAGRAPH_FOLLOW;
import static org.parley.jooq.Tables.PERSON;

@Repository
class NotificationRepository {

    /** Who caused a notification: a person (null for Parley itself) and the organisation they spoke for. */
    record Actor(Long personId, Long organisationId) {
    }

    private static final Person ACTOR = PERSON.as("actor");
    private static final Organisation ACTOR_ORGANISATION = ORGANISATION.as("actor_organisation");

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Collection<Long> personIds, NotificationKind kind, long commentId, Actor actor, OffsetDateTime now) {
        for (long personId : personIds) {
            dsl.insertInto(NOTIFICATION).set(NOTIFICATION.PERSON_ID, personId).set(NOTIFICATION.KIND, kind.name())
                    .set(NOTIFICATION.COMMENT_ID, commentId).set(NOTIFICATION.CREATED_AT, now)
                    .set(NOTIFICATION.ACTOR_ID, actor.personId())
                    .set(NOTIFICATION.ACTOR_ORGANISATION_ID, actor.organisationId())
                    .execute();
        }
    }

    List<Notification> recent(long personId, int limit) {
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.COMMENT_ID, COMMENT.BODY, DOCUMENT.SLUG,
                        DOCUMENT.TITLE, DOCUMENT_VERSION.NUMBER, PARAGRAPH.NUMBER, NOTIFICATION.CREATED_AT,
                        NOTIFICATION.READ_AT, ACTOR.DISPLAY_NAME, ACTOR_ORGANISATION.ID,
                        ACTOR_ORGANISATION.SHORT_NAME, ACTOR_ORGANISATION.NAME, ACTOR_ORGANISATION.KIND,
                        ACTOR_ORGANISATION.NAME_FR, ACTOR_ORGANISATION.NAME_ES)
                .from(NOTIFICATION)
                .join(COMMENT).on(COMMENT.ID.eq(NOTIFICATION.COMMENT_ID))
                .join(PARAGRAPH).on(PARAGRAPH.ID.eq(COMMENT.PARAGRAPH_ID))
                .join(DOCUMENT_VERSION).on(DOCUMENT_VERSION.ID.eq(COMMENT.VERSION_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(DOCUMENT_VERSION.DOCUMENT_ID))
                .leftJoin(ACTOR).on(ACTOR.ID.eq(NOTIFICATION.ACTOR_ID))
                .leftJoin(ACTOR_ORGANISATION).on(ACTOR_ORGANISATION.ID.eq(NOTIFICATION.ACTOR_ORGANISATION_ID))
                .where(NOTIFICATION.PERSON_ID.eq(personId))
                .orderBy(NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(r -> new Notification(r.value1(), NotificationKind.valueOf(r.value2()), r.value3(),
                        excerpt(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10() != null, r.value11(), r.value12() == null ? null
                        : new OrganisationRef(r.value12(), r.value13(), r.value14(),
                        OrganisationKind.valueOf(r.value15()), r.value16(), r.value17())));
    }

    /** The task these notifications asked for is done (a draft decided, resubmitted, withdrawn): they are read. */
    void markTaskDone(long commentId, Collection<NotificationKind> kinds, OffsetDateTime now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.COMMENT_ID.eq(commentId))
                .and(NOTIFICATION.KIND.in(kinds.stream().map(Enum::name).toList()))
                .and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    /** This person's unread notifications about these comments, but for those of these kinds, are read now. */
    void markRead(long personId, Collection<Long> commentIds, Collection<NotificationKind> except, OffsetDateTime now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.PERSON_ID.eq(personId))
                .and(NOTIFICATION.READ_AT.isNull())
                .and(NOTIFICATION.COMMENT_ID.eq(DSL.any(commentIds.toArray(Long[]::new))))
                .and(NOTIFICATION.KIND.notIn(except.stream().map(Enum::name).toList()))
                .execute();
    }

    int unreadCount(long personId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.PERSON_ID.eq(personId).and(NOTIFICATION.READ_AT.isNull()));
    }

    void markAllRead(long personId, OffsetDateTime now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.PERSON_ID.eq(personId)).and(NOTIFICATION.READ_AT.isNull()).execute();
    }

    List<Long> peopleWithUnsentNotifications() {
        return dsl.selectDistinct(NOTIFICATION.PERSON_ID).from(NOTIFICATION)
                .where(NOTIFICATION.EMAILED_AT.isNull()).and(NOTIFICATION.READ_AT.isNull())
                .fetch(NOTIFICATION.PERSON_ID);
    }

    List<Notification> unsent(long personId) {
        return recent(personId, 200).stream().filter(n -> !n.read()).toList();
    }

    void markEmailed(long personId, OffsetDateTime now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.EMAILED_AT, now)
                .where(NOTIFICATION.PERSON_ID.eq(personId)).and(NOTIFICATION.EMAILED_AT.isNull()).execute();
    }

    List<Long> followers(UUID lineageId) {
        return dsl.select(PARAGRAPH_FOLLOW.PERSON_ID).from(PARAGRAPH_FOLLOW)
                .where(PARAGRAPH_FOLLOW.LINEAGE_ID.eq(lineageId)).fetch(PARAGRAPH_FOLLOW.PERSON_ID);
    }

    void follow(long personId, UUID lineageId, OffsetDateTime now) {
        dsl.insertInto(PARAGRAPH_FOLLOW).set(PARAGRAPH_FOLLOW.PERSON_ID, personId)
                .set(PARAGRAPH_FOLLOW.LINEAGE_ID, lineageId).set(PARAGRAPH_FOLLOW.CREATED_AT, now)
                .onConflictDoNothing().execute();
    }

    void unfollow(long personId, UUID lineageId) {
        dsl.deleteFrom(PARAGRAPH_FOLLOW).where(PARAGRAPH_FOLLOW.PERSON_ID.eq(personId))
                .and(PARAGRAPH_FOLLOW.LINEAGE_ID.eq(lineageId)).execute();
    }

    boolean follows(long personId, UUID lineageId) {
        return dsl.fetchExists(PARAGRAPH_FOLLOW, PARAGRAPH_FOLLOW.PERSON_ID.eq(personId)
                .and(PARAGRAPH_FOLLOW.LINEAGE_ID.eq(lineageId)));
    }

    private static String excerpt(String body) {
        return body.length() <= 140 ? body : body.substring(0, 139) + "…";
    }
}
