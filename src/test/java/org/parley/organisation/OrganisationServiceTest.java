package org.parley.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@ParleyTest
class OrganisationServiceTest {

    private static final String RAW_PASSWORD = "correct-horse-battery";

    @Autowired
    OrganisationService organisations;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder passwordEncoder;

    Person admin;

    @BeforeEach
    void signInAdmin() {
        data.reset();
        admin = data.person(GlobalRole.ADMIN);
        data.signIn(admin);
    }

    private static NewOrganisation organisation(String shortName, Long parentId) {
        return new NewOrganisation(OrganisationKind.COMMISSION, "Commission " + shortName, shortName, "Africa",
                parentId);
    }

    private static String keyOf(Runnable action) {
        UserFacingException refusal = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(refusal).as("refusal").isNotNull();
        return refusal.messageKey();
    }

    private int count(String table) {
        return dsl.fetchCount(dsl.selectFrom(table));
    }

    @Nested
    class Organisations {

        @Test
        void admin_creates_an_organisation_with_a_parent() {
            Organisation parent = organisations.createOrganisation(new NewOrganisation(OrganisationKind.REGIONAL_SECTION,
                    " UCLG Africa ", " UCLGA ", "Africa", null));
            Organisation child = organisations.createOrganisation(organisation("MIG", parent.id()));

            assertThat(parent.name()).isEqualTo("UCLG Africa");
            assertThat(parent.shortName()).isEqualTo("UCLGA");
            assertThat(parent.kind()).isEqualTo(OrganisationKind.REGIONAL_SECTION);
            assertThat(parent.parentId()).isNull();
            assertThat(child.parentId()).isEqualTo(parent.id());
            assertThat(child.region()).isEqualTo("Africa");
            // listed by kind, then name
            assertThat(organisations.organisations()).containsExactly(child, parent);
            assertThat(organisations.findByShortName("mig")).contains(child);
        }

        @Test
        void an_organisation_is_named_in_the_reader_s_language_with_the_default_name_as_fallback() {
            Organisation tunis = organisations.createOrganisation(new NewOrganisation(OrganisationKind.LOCAL_GOVERNMENT,
                    "City of Tunis", "Tunis", "Tunisia", null, " Ville de Tunis ", "  "));

            assertThat(tunis.name(java.util.Locale.FRENCH)).isEqualTo("Ville de Tunis");
            assertThat(tunis.name(java.util.Locale.forLanguageTag("es"))).as("blank Spanish name").isEqualTo("City of Tunis");
            assertThat(tunis.name(java.util.Locale.ENGLISH)).isEqualTo("City of Tunis");
            assertThat(tunis.name(java.util.Locale.forLanguageTag("ar"))).isEqualTo("City of Tunis");
            assertThat(tunis.nameEs()).isNull();
        }

        @Test
        void an_admin_renames_an_organisation_in_three_languages_against_the_revision_read() {
            Organisation read = organisations.createOrganisation(organisation("MIG", null));

            Organisation renamed = organisations.rename(read.id(), new OrganisationNames("Migration commission",
                    "Commission migrations", "Comisión de migraciones"), read.revision());

            assertThat(renamed.name(java.util.Locale.forLanguageTag("es"))).isEqualTo("Comisión de migraciones");
            assertThat(renamed.revision()).isEqualTo(read.revision() + 1);
            assertThat(keyOf(() -> organisations.rename(read.id(), new OrganisationNames("Stale", null, null),
                    read.revision()))).as("a second admin working from the old revision")
                    .isEqualTo("error.concurrent-change");
            assertThat(organisations.organisation(read.id()).orElseThrow().nameFr()).isEqualTo("Commission migrations");
            assertThat(keyOf(() -> organisations.rename(read.id(), new OrganisationNames("Name", "x".repeat(301), null),
                    renamed.revision()))).isEqualTo("organisation.error.name-fr");
            assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'organisation.renamed'")))
                    .isEqualTo(1);
        }

        @Test
        void only_admins_rename() {
            Organisation read = organisations.createOrganisation(organisation("MIG", null));
            data.signIn(data.person(GlobalRole.EDITOR));

            assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> organisations.rename(read.id(),
                    new OrganisationNames("X", null, null), read.revision()))).isNotNull();
        }

        @Test
        void creating_an_organisation_is_audited_with_the_admin_as_actor() {
            Organisation created = organisations.createOrganisation(organisation("MIG", null));

            Record event = dsl.fetchOne("select actor_id, entity_id, after->>'shortName' as short_name, "
                    + "after->>'kind' as kind from audit_event where action = 'organisation.created'");
            assertThat(event.get("actor_id", Long.class)).isEqualTo(admin.id());
            assertThat(event.get("entity_id", String.class)).isEqualTo(String.valueOf(created.id()));
            assertThat(event.get("short_name", String.class)).isEqualTo("MIG");
            assertThat(event.get("kind", String.class)).isEqualTo("COMMISSION");
        }

        @Test
        void short_name_that_differs_only_in_case_is_refused() {
            organisations.createOrganisation(organisation("UCLG", null));

            assertThat(keyOf(() -> organisations.createOrganisation(organisation("uclg", null))))
                    .isEqualTo("organisation.error.short-name-taken");
            assertThat(keyOf(() -> organisations.createOrganisation(organisation(" Uclg ", null))))
                    .isEqualTo("organisation.error.short-name-taken");
            assertThat(count("organisation")).isEqualTo(1);
        }

        @Test
        void unknown_parent_is_refused() {
            assertThat(keyOf(() -> organisations.createOrganisation(organisation("MIG", 999_999L))))
                    .isEqualTo("organisation.error.parent");
            assertThat(count("organisation")).isZero();
        }

        @Test
        void blank_name_and_too_long_short_name_are_refused() {
            assertThat(keyOf(() -> organisations.createOrganisation(
                    new NewOrganisation(OrganisationKind.PARTNER, "  ", "P", null, null))))
                    .isEqualTo("organisation.error.name");
            assertThat(keyOf(() -> organisations.createOrganisation(
                    new NewOrganisation(OrganisationKind.PARTNER, "Partner", "x".repeat(41), null, null))))
                    .isEqualTo("organisation.error.short-name");
        }

        @Test
        void editor_may_not_create_organisations() {
            data.signIn(data.person(GlobalRole.EDITOR));

            PermissionDeniedException refusal = catchThrowableOfType(PermissionDeniedException.class,
                    () -> organisations.createOrganisation(organisation("MIG", null)));

            assertThat(refusal.isLoginRequired()).isFalse();
            assertThat(count("organisation")).isZero();
        }

        @Test
        void anonymous_visitor_may_not_create_organisations() {
            data.signOut();

            PermissionDeniedException refusal = catchThrowableOfType(PermissionDeniedException.class,
                    () -> organisations.createOrganisation(organisation("MIG", null)));

            assertThat(refusal.isLoginRequired()).isTrue();
            assertThat(count("organisation")).isZero();
        }
    }

    @Nested
    class People {

        private NewPerson person(String email, String language) {
            return new NewPerson(email, "Amina Diallo", language, GlobalRole.CONTRIBUTOR);
        }

        @Test
        void admin_creates_a_person() {
            Person created = organisations.createPerson(person(" amina@example.org ", "fr"), RAW_PASSWORD);

            assertThat(created.email()).isEqualTo("amina@example.org");
            assertThat(created.displayName()).isEqualTo("Amina Diallo");
            assertThat(created.preferredLanguage()).isEqualTo("fr");
            assertThat(created.role()).isEqualTo(GlobalRole.CONTRIBUTOR);
            assertThat(created.enabled()).isTrue();
            assertThat(organisations.person(created.id())).contains(created);
        }

        @Test
        void password_is_stored_hashed_never_raw() {
            Person created = organisations.createPerson(person("amina@example.org", "en"), RAW_PASSWORD);

            String hash = dsl.fetchValue("select password_hash from person where id = ?", created.id()).toString();
            assertThat(hash).doesNotContain(RAW_PASSWORD).startsWith("{bcrypt}$2");
            assertThat(passwordEncoder.matches(RAW_PASSWORD, hash)).isTrue();
            assertThat(passwordEncoder.matches(RAW_PASSWORD + "x", hash)).isFalse();
            String rowAsText = dsl.fetchValue("select p::text from person p where id = ?", created.id()).toString();
            assertThat(rowAsText).doesNotContain(RAW_PASSWORD);
            String auditAsText = dsl.fetchValue("select string_agg(a::text, ' ') from audit_event a").toString();
            assertThat(auditAsText).contains("amina@example.org").doesNotContain(RAW_PASSWORD).doesNotContain(hash);
        }

        @Test
        void invalid_email_is_refused() {
            assertThat(keyOf(() -> organisations.createPerson(person("amina.example.org", "en"), RAW_PASSWORD)))
                    .isEqualTo("person.error.email");
            assertThat(keyOf(() -> organisations.createPerson(person("amina @example.org", "en"), RAW_PASSWORD)))
                    .isEqualTo("person.error.email");
            assertThat(keyOf(() -> organisations.createPerson(person(null, "en"), RAW_PASSWORD)))
                    .isEqualTo("person.error.email");
        }

        @Test
        void password_shorter_than_12_characters_is_refused() {
            UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                    () -> organisations.createPerson(person("amina@example.org", "en"), "eleven-char"));

            assertThat(refusal.messageKey()).isEqualTo("person.error.password");
            assertThat(refusal.arguments()).containsExactly(12);
            assertThat(keyOf(() -> organisations.createPerson(person("amina@example.org", "en"), null)))
                    .isEqualTo("person.error.password");
        }

        @Test
        void password_of_exactly_12_characters_is_accepted() {
            Person created = organisations.createPerson(person("amina@example.org", "en"), "twelve-chars");

            assertThat(created.id()).isPositive();
        }

        @Test
        void unsupported_language_is_refused() {
            assertThat(keyOf(() -> organisations.createPerson(person("amina@example.org", "de"), RAW_PASSWORD)))
                    .isEqualTo("person.error.language");
            assertThat(keyOf(() -> organisations.createPerson(person("amina@example.org", "ar"), RAW_PASSWORD)))
                    .isEqualTo("person.error.language");
        }

        @Test
        void missing_language_is_refused_with_a_message() {
            assertThat(keyOf(() -> organisations.createPerson(person("amina@example.org", null), RAW_PASSWORD)))
                    .isEqualTo("person.error.language");
        }

        @Test
        void email_that_differs_only_in_case_is_refused() {
            organisations.createPerson(person("amina@example.org", "en"), RAW_PASSWORD);
            int people = count("person");

            UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                    () -> organisations.createPerson(person("Amina@Example.ORG", "en"), RAW_PASSWORD));

            assertThat(refusal.messageKey()).isEqualTo("person.error.email-taken");
            assertThat(count("person")).isEqualTo(people);
        }

        @Test
        void non_admin_may_not_create_people() {
            data.signIn(data.person(GlobalRole.EDITOR));
            int people = count("person");

            catchThrowableOfType(PermissionDeniedException.class,
                    () -> organisations.createPerson(person("amina@example.org", "en"), RAW_PASSWORD));

            assertThat(count("person")).isEqualTo(people);
        }
    }

    @Nested
    class Memberships {

        @Test
        void memberships_are_listed_with_their_role_by_organisation_name() {
            Organisation migration = organisations.createOrganisation(organisation("MIG", null));
            Organisation culture = organisations.createOrganisation(organisation("CUL", null));
            Person member = data.person(GlobalRole.CONTRIBUTOR);

            organisations.addMembership(member.id(), migration.id(), MembershipRole.FOCAL_POINT);
            organisations.addMembership(member.id(), culture.id(), MembershipRole.MEMBER);

            assertThat(organisations.membershipsOf(member.id())).containsExactly(
                    new Membership(member.id(), culture, MembershipRole.MEMBER),
                    new Membership(member.id(), migration, MembershipRole.FOCAL_POINT));
            assertThat(organisations.membershipsOf(admin.id())).isEmpty();
        }

        @Test
        void adding_a_membership_again_changes_its_role() {
            Organisation migration = organisations.createOrganisation(organisation("MIG", null));
            Person member = data.person(GlobalRole.CONTRIBUTOR);

            organisations.addMembership(member.id(), migration.id(), MembershipRole.MEMBER);
            organisations.addMembership(member.id(), migration.id(), MembershipRole.FOCAL_POINT);

            assertThat(organisations.membershipsOf(member.id())).extracting(Membership::role)
                    .containsExactly(MembershipRole.FOCAL_POINT);
            assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'membership.set'")))
                    .isEqualTo(2);
        }

        @Test
        void membership_of_an_unknown_person_is_refused() {
            Organisation migration = organisations.createOrganisation(organisation("MIG", null));

            assertThat(keyOf(() -> organisations.addMembership(999_999L, migration.id(), MembershipRole.MEMBER)))
                    .isEqualTo("error.not-found");
            assertThat(count("membership")).isZero();
        }
    }

    @Nested
    class OwnLanguage {

        @Test
        void signed_in_person_changes_their_own_language() {
            Person reader = data.person(GlobalRole.READER);
            data.signIn(reader);

            organisations.changeOwnLanguage("es");

            assertThat(organisations.person(reader.id()).orElseThrow().preferredLanguage()).isEqualTo("es");
            Record event = dsl.fetchOne("select actor_id, before->>'preferredLanguage' as before_language, "
                    + "after->>'preferredLanguage' as after_language from audit_event "
                    + "where action = 'person.language-changed'");
            assertThat(event.get("actor_id", Long.class)).isEqualTo(reader.id());
            assertThat(event.get("before_language", String.class)).isEqualTo("en");
            assertThat(event.get("after_language", String.class)).isEqualTo("es");
        }

        @Test
        void unsupported_language_is_refused_and_nothing_changes() {
            Person reader = data.person(GlobalRole.READER);
            data.signIn(reader);

            assertThat(keyOf(() -> organisations.changeOwnLanguage("de"))).isEqualTo("person.error.language");
            assertThat(keyOf(() -> organisations.changeOwnLanguage(null))).isEqualTo("person.error.language");
            assertThat(organisations.person(reader.id()).orElseThrow().preferredLanguage()).isEqualTo("en");
        }

        @Test
        void anonymous_visitor_has_no_language_to_change() {
            data.signOut();

            PermissionDeniedException refusal = catchThrowableOfType(PermissionDeniedException.class,
                    () -> organisations.changeOwnLanguage("fr"));

            assertThat(refusal.isLoginRequired()).isTrue();
        }
    }
}
