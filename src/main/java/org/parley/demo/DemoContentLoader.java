package org.parley.demo;

import org.parley.database.DatabaseDescription;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.NewDocument;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.NewPerson;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationProposal;
import org.parley.translation.TranslationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty embedded database with UCLG's organisations, one account per role and three documents, so
 * that a first {@code ./mvnw spring-boot:run} shows something real. Never runs against an external
 * database, and never in tests unless a test loads it itself (the demo-paper browser journey does).
 */
@Component
@Order(10)
class DemoContentLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "parley-demo-2016";
    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final OrganisationService organisations;
    private final DocumentService documents;
    private final DemoComments comments;
    private final TranslationService translations;
    private final DatabaseDescription database;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;

    DemoContentLoader(OrganisationService organisations, DocumentService documents, DemoComments comments,
                      TranslationService translations, DatabaseDescription database,
                      TransactionTemplate transaction, Clock clock,
                      @Value("${parley.demo-content:true}") boolean enabled) {
        this.organisations = organisations;
        this.documents = documents;
        this.comments = comments;
        this.translations = translations;
        this.database = database;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !database.embedded()) {
            return;
        }
        SystemActor.run(() -> {
            if (!organisations.organisations().isEmpty() || !documents.readableDocuments().isEmpty()) {
                return;
            }
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo content; sign in as admin@parley.example (password {})", DEMO_PASSWORD);
        });
    }

    private void load() {
        Map<String, Organisation> byShortName = loadOrganisations();
        Map<String, Person> people = createAccounts(byShortName);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.DAYS);
        DocumentSummary paper = documents.importDocument(new NewDocument("migrants-policy-paper",
                        "The role of cities in the inclusion and integration of migrants", "en", Visibility.PUBLIC),
                "uclg-migration-policy-paper.en.md", read("demo/uclg-migration-policy-paper.en.md"));
        documents.scheduleVersion(paper.latest().id(), "First draft for consultation with UCLG's sections, "
                + "commissions and working groups", VersionStatus.OPEN_FOR_COMMENTS, now.minusDays(7), now.plusDays(30));
        comments.post(documents.version(paper.latest().id()), people, byShortName);
        DocumentSummary note = documents.importDocument(new NewDocument("note-c2c-cglu",
                        "Profils migratoires et dialogue ville-à-ville en Méditerranée", "fr", Visibility.MEMBERS),
                "note-c2c-fr.txt", read("demo/note-c2c-fr.txt"));
        documents.scheduleVersion(note.latest().id(), "Note du Secrétariat mondial de CGLU",
                VersionStatus.PUBLISHED, null, null);
        loadSdgs();
    }

    /** The SDG goals and targets: one document in English, with French and Spanish aligned paragraph by paragraph. */
    private void loadSdgs() {
        DocumentSummary sdgs = documents.importDocument(new NewDocument("sdg-goals-targets",
                        "Sustainable Development Goals and targets", "en", Visibility.PUBLIC),
                "sdg-goals-targets.en.md", read("demo/sdg-goals-targets.en.md"));
        documents.scheduleVersion(sdgs.latest().id(), "Resolution A/RES/70/1, 25 September 2015",
                VersionStatus.PUBLISHED, null, null);
        for (String language : List.of("fr", "es")) {
            TranslationProposal proposal = translations.propose(sdgs.latest(), language,
                    "sdg-goals-targets." + language + ".md", read("demo/sdg-goals-targets." + language + ".md"));
            translations.accept(sdgs.latest(), language,
                    proposal.paragraphs().stream().map(p -> new TranslatedParagraph(p.paragraphId(),
                            p.proposedText())).toList(),
                    proposal.headings().stream().map(h -> new TranslatedParagraph(h.sectionId(),
                            h.proposedHeading())).toList());
        }
    }

    private Map<String, Organisation> loadOrganisations() {
        Map<String, Organisation> byShortName = new HashMap<>();
        for (List<String> row : OrganisationCsv.parse(new String(read("demo/organisations.csv"), StandardCharsets.UTF_8))) {
            Organisation parent = row.get(4).isBlank() ? null : byShortName.get(row.get(4));
            Organisation created = organisations.createOrganisation(new NewOrganisation(
                    OrganisationKind.valueOf(row.get(1)), row.get(2), row.get(0),
                    row.get(3).isBlank() ? null : row.get(3), parent == null ? null : parent.id(),
                    row.get(5), row.get(6)));
            byShortName.put(created.shortName(), created);
        }
        return byShortName;
    }

    private Map<String, Person> createAccounts(Map<String, Organisation> organisationsByShortName) {
        Organisation secretariat = organisationsByShortName.get("UCLG-WS");
        Organisation africa = organisationsByShortName.get("UCLG Africa");
        Map<String, Person> people = new HashMap<>();
        people.put("admin", account("admin@parley.example", "Amina Haddad", "en", GlobalRole.ADMIN, secretariat,
                MembershipRole.MEMBER));
        people.put("editor", account("editor@parley.example", "Émile Laurent", "fr", GlobalRole.EDITOR, secretariat,
                MembershipRole.FOCAL_POINT));
        people.put("focalpoint", account("focalpoint@parley.example", "Nadia Benali", "fr", GlobalRole.CONTRIBUTOR,
                africa, MembershipRole.FOCAL_POINT));
        people.put("member", account("member@parley.example", "Youssef Alami", "en", GlobalRole.CONTRIBUTOR, africa,
                MembershipRole.MEMBER));
        people.put("tunis", account("tunis@parley.example", "Leïla Mansour", "fr", GlobalRole.CONTRIBUTOR,
                organisationsByShortName.get("Tunis"), MembershipRole.FOCAL_POINT));
        people.put("reader", account("reader@parley.example", "Lucía Gómez", "es", GlobalRole.READER, null, null));
        return people;
    }

    private Person account(String email, String name, String language, GlobalRole role, Organisation organisation,
                           MembershipRole membership) {
        Person person = organisations.createPerson(new NewPerson(email, name, language, role), DEMO_PASSWORD);
        if (organisation != null) {
            organisations.addMembership(person.id(), organisation.id(), membership);
        }
        return person;
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo content missing: " + path, e);
        }
    }
}
