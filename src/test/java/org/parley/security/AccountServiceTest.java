package org.parley.security;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.base.PermissionDeniedException;
import org.parley.base.UserFacingException;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewPerson;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Invitations and password resets on the real schema, with the e-mails caught by a local SMTP server. */
@ParleyTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "parley.mail.from=parley@uclg.example", "parley.base-url=https://parley.example"})
class AccountServiceTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2031, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final Pattern LINK = Pattern.compile("https://parley\\.example/account/password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a-new-long-password";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    DSLContext dsl;
    @Autowired
    MockMvc mvc;

    private Person admin;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(T0);
        admin = data.person(GlobalRole.ADMIN);
    }

    @Test
    void an_invited_person_sets_a_password_through_the_e_mailed_link_and_then_signs_in() throws Exception {
        Organisation tunis = data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
        data.signIn(admin);
        Person invited = organisations.invitePerson(new NewPerson("sami@tunis.example", "Sami", "fr",
                GlobalRole.CONTRIBUTOR), tunis.id(), MembershipRole.FOCAL_POINT);
        data.signOut();

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sami@tunis.example");
        assertThat(mail.getSubject()).isEqualTo("Parley : vous êtes invité·e");
        assertThat(organisations.membershipsOf(invited.id())).extracting(Membership::role)
                .containsExactly(MembershipRole.FOCAL_POINT);
        assertThat(signIn("sami@tunis.example", "")).as("no password yet").isFalse();
        String token = tokenIn(mail);
        assertThat(accounts.link(token)).contains(new AccountService.AccountLink(
                AccountService.LinkPurpose.INVITATION, "sami@tunis.example"));

        assertThat(accounts.setPassword(token, NEW_PASSWORD)).isEqualTo("sami@tunis.example");

        assertThat(signIn("sami@tunis.example", NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_link_works_once() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        accounts.requestPasswordReset(nadia.email(), "10.0.0.1");
        String token = tokenIn(onlyMail());
        accounts.setPassword(token, NEW_PASSWORD);

        assertThat(accounts.link(token)).isEmpty();
        assertThat(keyOf(() -> accounts.setPassword(token, "yet-another-password"))).isEqualTo("account.link.invalid");
        assertThat(signIn(nadia.email(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_reset_link_expires_after_an_hour_and_an_invitation_after_seven_days() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        accounts.requestPasswordReset(nadia.email(), "10.0.0.1");
        String reset = tokenIn(onlyMail());
        data.signIn(admin);
        accounts.invite(nadia.id());
        data.signOut();
        smtp.waitForIncomingEmail(5_000, 2);
        String invitation = tokenIn(smtp.getReceivedMessages()[1]);

        clock.advance(AccountService.RESET_VALIDITY.plusSeconds(1));
        assertThat(keyOf(() -> accounts.setPassword(reset, NEW_PASSWORD))).isEqualTo("account.link.invalid");
        assertThat(accounts.link(invitation)).isPresent();
        clock.advance(AccountService.INVITATION_VALIDITY);
        assertThat(keyOf(() -> accounts.setPassword(invitation, NEW_PASSWORD))).isEqualTo("account.link.invalid");
        assertThat(signIn(nadia.email(), TestData.PASSWORD)).as("the password is unchanged").isTrue();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail_nor_token() throws Exception {
        accounts.requestPasswordReset("nobody@nowhere.example", "10.0.0.2");

        assertThat(smtp.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(dsl.fetchCount(dsl.selectFrom("account_token"))).isZero();
    }

    @Test
    void after_a_reset_the_new_password_signs_in_and_the_old_one_no_longer_does() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        accounts.requestPasswordReset(" " + nadia.email().toUpperCase() + " ", "10.0.0.3");
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("Parley: choose a new password");

        accounts.setPassword(tokenIn(mail), NEW_PASSWORD);

        assertThat(signIn(nadia.email(), TestData.PASSWORD)).isFalse();
        assertThat(signIn(nadia.email(), NEW_PASSWORD)).isTrue();
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'person.password-set'"))).isEqualTo(1);
    }

    @Test
    void only_a_hash_of_the_token_is_stored() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        accounts.requestPasswordReset(nadia.email(), "10.0.0.4");
        String token = tokenIn(onlyMail());

        String stored = dsl.fetchValue("select token_hash from account_token").toString();
        assertThat(stored).isNotEqualTo(token).doesNotContain(token).isEqualTo(ApiTokenService.hash(token));
    }

    @Test
    void setting_a_password_spends_every_other_open_link_of_the_account() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        accounts.requestPasswordReset(nadia.email(), "10.0.0.5");
        accounts.requestPasswordReset(nadia.email(), "10.0.0.5");
        smtp.waitForIncomingEmail(5_000, 2);
        String first = tokenIn(smtp.getReceivedMessages()[0]);
        String second = tokenIn(smtp.getReceivedMessages()[1]);

        accounts.setPassword(second, NEW_PASSWORD);

        assertThat(accounts.link(first)).isEmpty();
    }

    @Test
    void a_short_password_is_refused_and_leaves_the_link_usable() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        accounts.requestPasswordReset(nadia.email(), "10.0.0.6");
        String token = tokenIn(onlyMail());

        UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                () -> accounts.setPassword(token, "short"));

        assertThat(refusal.messageKey()).isEqualTo("person.error.password");
        assertThat(refusal.arguments()).containsExactly(AccountService.MIN_PASSWORD_LENGTH);
        assertThat(accounts.link(token)).isPresent();
    }

    @Test
    void reset_requests_are_throttled_alike_for_known_and_unknown_addresses() throws Exception {
        Person nadia = data.person(GlobalRole.CONTRIBUTOR);
        int free = LoginThrottle.Scope.RESET_ACCOUNT.policy().freeFailures();
        for (String address : new String[] {nadia.email(), "nobody@nowhere.example"}) {
            for (int i = 0; i < free + 1; i++) {
                accounts.requestPasswordReset(address, "10.0.1." + i);
            }
            assertThat(keyOf(() -> accounts.requestPasswordReset(address, "10.0.2.1")))
                    .as(address).isEqualTo("account.reset.throttled");
        }
        clock.advance(Duration.ofSeconds(1));
        accounts.requestPasswordReset(nadia.email(), "10.0.2.1");
        assertThat(smtp.waitForIncomingEmail(5_000, free + 2)).as("only the known address got mails").isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(free + 2);
    }

    @Test
    void only_admins_invite() {
        Person editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);

        assertThatThrownBy(() -> organisations.invitePerson(new NewPerson("x@y.example", "X", "en",
                GlobalRole.READER), null, null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> accounts.invite(editor.id())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_wrong_password_keeps_the_typed_address_for_the_sign_in_form() throws Exception {
        MvcResult failed = mvc.perform(post("/login").param("username", "nadia@uclg.example")
                .param("password", "wrong").with(csrf())).andReturn();

        assertThat(failed.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(SignInEmail.of((MockHttpSession) failed.getRequest().getSession())).isEqualTo("nadia@uclg.example");
    }

    private boolean signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", email).param("password", password)
                .with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location != null && !location.contains("error");
    }

    private MimeMessage onlyMail() throws InterruptedException {
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).as("a mail arrived").isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }

    private static String keyOf(Runnable action) {
        UserFacingException refusal = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(refusal).as("refusal").isNotNull();
        return refusal.messageKey();
    }
}
