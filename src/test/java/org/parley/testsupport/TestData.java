package org.parley.testsupport;

import org.jooq.DSLContext;
import org.parley.comment.AudienceRule;
import org.parley.comment.ConsultationService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.NewDocument;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.NewPerson;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.parley.security.SystemActor;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Builders for test data through the real services, and a clean slate between tests. */
@Component
@Profile("!benchmark") // benchmarks run Parley from the test class path: only the product's beans there
public class TestData {

    public static final String PASSWORD = "test-password-1234";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext dsl;
    private final OrganisationService organisations;
    private final DocumentService documents;
    private final ConsultationService consultation;
    private final TestClock clock;
    private final ApiTokenService apiTokens;

    TestData(DSLContext dsl, OrganisationService organisations, DocumentService documents,
             ConsultationService consultation, TestClock clock, ApiTokenService apiTokens) {
        this.dsl = dsl;
        this.organisations = organisations;
        this.documents = documents;
        this.consultation = consultation;
        this.clock = clock;
        this.apiTokens = apiTokens;
    }

    public void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
        // the tables are emptied below: a token verified by an earlier test must be asked for again
        apiTokens.forgetVerifiedTokens();
        for (int attempt = 1; ; attempt++) {
            try {
                dsl.execute("truncate table section_translation, paragraph_translation, draft_import, disposition_paragraph, disposition, change_log, notification, paragraph_follow, comment_flag, endorsement, "
                + "comment_edit, comment, consultation_audience, consultation_audience_revision, audit_event, paragraph_predecessor, paragraph, "
                + "section, document_version, document, api_token, membership, person, organisation, login_throttle "
                + "restart identity cascade");
                return;
            } catch (PessimisticLockingFailureException deadlock) {
                // the search indexer may be reading these tables: the truncate loses the deadlock, and tries again
                if (attempt == 5) {
                    throw deadlock;
                }
                sleepQuietly(50L * attempt);
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public Person person(GlobalRole role) {
        int n = SEQUENCE.incrementAndGet();
        return SystemActor.call(() -> organisations.createPerson(
                new NewPerson(role.name().toLowerCase() + n + "@test.example", "Test " + role + " " + n, "en", role),
                PASSWORD));
    }

    /** Makes the person the current user of this thread, as a login would. */
    public ParleyUser signIn(Person person) {
        ParleyUser user = new ParleyUser(person.id(), person.email(), person.displayName(), person.role(),
                person.preferredLanguage(), true, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** What the action returns when the person does it signed in; signed out again after. */
    public <T> T as(Person person, Supplier<T> action) {
        signIn(person);
        try {
            return action.get();
        } finally {
            signOut();
        }
    }

    /** A document whose version 1 is open for comments, imported from Markdown text. */
    public DocumentSummary openDocument(String slug, Visibility visibility, String markdown) {
        return SystemActor.call(() -> {
            DocumentSummary created = documents.importDocument(new NewDocument(slug, "Document " + slug, "en",
                    visibility), slug + ".md", markdown.getBytes(StandardCharsets.UTF_8));
            documents.scheduleVersion(created.latest().id(), "Draft", VersionStatus.OPEN_FOR_COMMENTS, null, null);
            return documents.document(slug);
        });
    }

    /** A document whose version 1 is open for comments between the two dates (null: no limit). */
    public DocumentSummary openDocument(String slug, String markdown, OffsetDateTime opensAt,
                                        OffsetDateTime closesAt) {
        DocumentSummary created = openDocument(slug, Visibility.MEMBERS, markdown);
        schedule(created.latest(), VersionStatus.OPEN_FOR_COMMENTS, opensAt, closesAt);
        return SystemActor.call(() -> documents.document(slug));
    }

    public DocumentVersion schedule(DocumentVersion version, VersionStatus status, OffsetDateTime opensAt,
                                    OffsetDateTime closesAt) {
        return SystemActor.call(() -> documents.scheduleVersion(version.id(), version.label(), status, opensAt,
                closesAt));
    }

    public List<Paragraph> paragraphs(DocumentVersion version) {
        return SystemActor.call(() -> documents.allParagraphs(version));
    }

    public Organisation organisation(OrganisationKind kind) {
        int n = SEQUENCE.incrementAndGet();
        return SystemActor.call(() -> organisations.createOrganisation(
                new NewOrganisation(kind, "Organisation " + n, "ORG" + n, null, null)));
    }

    public void membership(Person person, Organisation organisation, MembershipRole role) {
        SystemActor.run(() -> organisations.addMembership(person.id(), organisation.id(), role));
    }

    /** Restricts who may comment on the version. */
    public void audience(DocumentVersion version, AudienceRule... rules) {
        SystemActor.run(() -> consultation.setAudience(version.id(), List.of(rules)));
    }
}
