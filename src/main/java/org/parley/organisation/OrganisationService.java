package org.parley.organisation;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.parley.security.AccountService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Organisations, the people in them and their memberships. Changes are for admins only. */
@Service
public class OrganisationService {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}$");

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final PasswordEncoder passwords;
    private final AccountService accounts;

    OrganisationService(OrganisationRepository organisations, PersonRepository people, CurrentUser currentUser,
                        Journal journal, PasswordEncoder passwords, AccountService accounts) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.people = people;
        this.currentUser = currentUser;
        this.journal = journal;
        this.passwords = passwords;
    }

    @Transactional
    public Organisation createOrganisation(NewOrganisation organisation) {
        currentUser.requireRole(GlobalRole.ADMIN);
        requireText(organisation.name(), 300, "organisation.error.name");
        requireText(organisation.shortName(), 40, "organisation.error.short-name");
        requireOptionalText(organisation.nameFr(), 300, "organisation.error.name-fr");
        requireOptionalText(organisation.nameEs(), 300, "organisation.error.name-es");
        if (organisations.shortNameExists(organisation.shortName())) {
            throw new UserFacingException("organisation.error.short-name-taken", organisation.shortName());
        }
        if (organisation.parentId() != null && organisations.findById(organisation.parentId()).isEmpty()) {
            throw new UserFacingException("organisation.error.parent");
        }
        long id = organisations.insert(organisation);
        Organisation created = organisations.findById(id).orElseThrow();
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "organisation.created", "organisation", id)
                .after(created));
        return created;
    }

    /** Admins: the name in English, French and Spanish; refused when someone changed the organisation meanwhile. */
    @Transactional
    public Organisation rename(long organisationId, OrganisationNames names, int expectedRevision) {
        currentUser.requireRole(GlobalRole.ADMIN);
        requireText(names.name(), 300, "organisation.error.name");
        requireOptionalText(names.nameFr(), 300, "organisation.error.name-fr");
        requireOptionalText(names.nameEs(), 300, "organisation.error.name-es");
        Organisation before = organisations.findById(organisationId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!organisations.updateNames(organisationId, names, expectedRevision)) {
            throw new UserFacingException("error.concurrent-change");
        }
        Organisation after = organisations.findById(organisationId).orElseThrow();
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "organisation.renamed", "organisation",
                organisationId).before(before).after(after));
        return after;
    }

    @Transactional
    public Person createPerson(NewPerson person, String rawPassword) {
        currentUser.requireRole(GlobalRole.ADMIN);
        validate(person);
        if (rawPassword == null || rawPassword.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("person.error.password", AccountService.MIN_PASSWORD_LENGTH);
        }
        return insert(person, passwords.encode(rawPassword));
    }

    /**
     * Admins: an account without a password, optionally in an organisation, and an e-mail inviting the person to
     * set their password through a single-use link.
     */
    @Transactional
    public Person invitePerson(NewPerson person, Long organisationId, MembershipRole role) {
        currentUser.requireRole(GlobalRole.ADMIN);
        validate(person);
        if (organisationId != null && organisations.findById(organisationId).isEmpty()) {
            throw new UserFacingException("person.error.organisation");
        }
        Person created = insert(person, null);
        if (organisationId != null) {
            addMembership(created.id(), organisationId, role == null ? MembershipRole.MEMBER : role);
        }
        accounts.invite(created.id());
        return created;
    }

    /** Admins: a new link to set a password, for someone who lost their invitation (or their password). */
    @Transactional
    public void inviteAgain(long personId) {
        currentUser.requireRole(GlobalRole.ADMIN);
        accounts.invite(personId);
    }

    /** Admins: everyone with an account, by name. */
    public List<Person> people() {
        currentUser.requireRole(GlobalRole.ADMIN);
        return people.findAll();
    }

    private void validate(NewPerson person) {
        if (person.email() == null || !EMAIL.matcher(person.email().strip()).matches()) {
            throw new UserFacingException("person.error.email");
        }
        requireText(person.displayName(), 200, "person.error.display-name");
        if (!isLanguage(person.preferredLanguage())) {
            throw new UserFacingException("person.error.language");
        }
        if (person.role() == null) {
            throw new UserFacingException("person.error.role");
        }
        if (people.emailExists(person.email())) {
            throw new UserFacingException("person.error.email-taken", person.email());
        }
    }

    private Person insert(NewPerson person, String passwordHash) {
        long id = people.insert(person, passwordHash);
        Person created = people.findById(id).orElseThrow();
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "person.created", "person", id).after(created));
        return created;
    }

    @Transactional
    public void addMembership(long personId, long organisationId, MembershipRole role) {
        currentUser.requireRole(GlobalRole.ADMIN);
        if (people.findById(personId).isEmpty() || organisations.findById(organisationId).isEmpty()) {
            throw new UserFacingException("error.not-found");
        }
        organisations.insertMembership(personId, organisationId, role);
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "membership.set", "membership", personId + ":" + organisationId)
                .after(Map.of("role", role.name())));
    }

    /** Any signed-in person may change their own interface language. */
    @Transactional
    public void changeOwnLanguage(String language) {
        long personId = currentUser.require().personId();
        if (!isLanguage(language)) {
            throw new UserFacingException("person.error.language");
        }
        Person before = people.findById(personId).orElseThrow();
        people.updatePreferredLanguage(personId, language);
        journal.record(JournalEntry.of(personId, "person.language-changed", "person", personId)
                .before(Map.of("preferredLanguage", before.preferredLanguage()))
                .after(Map.of("preferredLanguage", language)));
    }

    public List<Organisation> organisations() {
        return organisations.findAll();
    }

    public Optional<Organisation> findByShortName(String shortName) {
        return organisations.findByShortName(shortName);
    }

    public List<Membership> membershipsOf(long personId) {
        return organisations.membershipsOf(personId);
    }

    /** Everyone in an organisation with their role (admins). */
    public List<Membership> members(long organisationId) {
        currentUser.requireRole(GlobalRole.ADMIN);
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        return organisations.membersOf(organisation);
    }

    /** The people who speak for an organisation (approve its members' drafts). */
    public List<Long> focalPointsOf(long organisationId) {
        return organisations.personIdsWithRole(organisationId, MembershipRole.FOCAL_POINT);
    }

    public Optional<Organisation> organisation(long organisationId) {
        return organisations.findById(organisationId);
    }

    public Optional<Person> person(long personId) {
        return people.findById(personId);
    }

    /** Set.of(...).contains(null) throws, so a missing language must be checked before the lookup. */
    private static boolean isLanguage(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    private static void requireOptionalText(String value, int maxLength, String messageKey) {
        if (value != null && value.strip().length() > maxLength) {
            throw new UserFacingException(messageKey, maxLength);
        }
    }

    private static void requireText(String value, int maxLength, String messageKey) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new UserFacingException(messageKey, maxLength);
        }
    }
}
