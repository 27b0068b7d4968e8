package org.parley.security;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.organisation.NewPerson;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Password and token guessing through the real login form and API filter, counted in PostgreSQL. */
@ParleyTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "parley.mail.from=parley@uclg.example", "parley.base-url=https://parley.example"})
class LoginThrottleTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2031, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    OrganisationService organisations;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    DSLContext dsl;

    private Person nadia;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(T0);
        nadia = SystemActor.call(() -> organisations.createPerson(
                new NewPerson("nadia@uclg.example", "Nadia", "fr", GlobalRole.CONTRIBUTOR), TestData.PASSWORD));
    }

    @Test
    void after_four_free_failures_each_attempt_must_wait_longer_even_with_the_right_password() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(failureOf(login("nadia@uclg.example", "wrong", "10.0.0.1"))).isEqualTo("BadCredentialsException");
        }
        assertThat(failureOf(login("nadia@uclg.example", "wrong", "10.0.0.1"))).isEqualTo("BadCredentialsException");

        assertThat(failureOf(login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.1")))
                .isEqualTo("LoginThrottledException");
        clock.advance(Duration.ofSeconds(1));
        assertThat(failureOf(login("nadia@uclg.example", "wrong", "10.0.0.1"))).isEqualTo("BadCredentialsException");
        clock.advance(Duration.ofMillis(1_500));
        assertThat(failureOf(login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.1")))
                .as("the sixth failure asks for 2 s").isEqualTo("LoginThrottledException");
        clock.advance(Duration.ofMillis(600));
        assertThat(failureOf(login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.1"))).isNull();
    }

    @Test
    void ten_failures_lock_the_account_for_fifteen_minutes_with_an_audit_event_and_a_french_e_mail() throws Exception {
        guessWrongTenTimes("nadia@uclg.example", "10.0.0.2");

        clock.advance(Duration.ofMinutes(14));
        MvcResult refused = login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.9");
        assertThat(failureOf(refused)).isEqualTo("LoginThrottledException");
        assertThat(((LoginThrottledException) refused.getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).refusal().locked()).isTrue();
        assertThat(lockEvents(String.valueOf(nadia.id()))).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("nadia@uclg.example");
        assertThat(received[0].getSubject()).startsWith("Parley : la connexion à votre compte est bloquée");
        assertThat(GreenMailUtil.getBody(received[0])).contains("10.0.0.2", "2031-05-04 10:");

        clock.advance(Duration.ofMinutes(2));
        assertThat(failureOf(login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.9"))).isNull();
    }

    @Test
    void an_unknown_address_is_locked_the_same_way_so_a_lock_does_not_reveal_which_accounts_exist() throws Exception {
        guessWrongTenTimes("nobody@uclg.example", "10.0.0.3");

        assertThat(failureOf(login("nobody@uclg.example", "anything", "10.0.0.4")))
                .isEqualTo("LoginThrottledException");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(lockEvents("unknown:nobody@uclg.example")).isEqualTo(1);
    }

    @Test
    void one_address_guessing_many_accounts_is_locked_for_every_account() throws Exception {
        for (int i = 0; i < LoginThrottle.Scope.ADDRESS.policy().lockAfter(); i++) {
            throttle.recordFailure(LoginThrottle.Scope.ADDRESS, "10.0.0.5");
        }

        assertThat(failureOf(login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.5")))
                .isEqualTo("LoginThrottledException");
        assertThat(failureOf(login("nadia@uclg.example", TestData.PASSWORD, "10.0.0.6"))).isNull();
    }

    @Test
    void wrong_bearer_tokens_from_one_address_are_answered_429_with_retry_after() throws Exception {
        data.signIn(nadia);
        String valid = apiTokens.createForCurrentUser("test");
        data.signOut();
        int free = LoginThrottle.Scope.TOKEN_ADDRESS.policy().freeFailures();
        for (int i = 0; i <= free; i++) {
            assertThat(apiCall("Bearer guess" + i, "10.0.0.7").getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse throttled = apiCall("Bearer " + valid, "10.0.0.7");
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isEqualTo("1");
        assertThat(throttled.getContentAsString()).contains("wait 1 seconds");
        assertThat(apiCall("Bearer " + valid, "10.0.0.8").getStatus()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(apiCall("Bearer " + valid, "10.0.0.7").getStatus()).isEqualTo(200);
    }

    @Test
    void a_token_verified_before_its_address_was_locked_is_still_served_there_but_a_new_one_is_not() throws Exception {
        data.signIn(nadia);
        String inUse = apiTokens.createForCurrentUser("in use");
        String unused = apiTokens.createForCurrentUser("unused");
        data.signOut();
        assertThat(apiCall("Bearer " + inUse, "10.0.0.9").getStatus()).isEqualTo(200);
        int free = LoginThrottle.Scope.TOKEN_ADDRESS.policy().freeFailures();
        for (int i = 0; i <= free; i++) {
            assertThat(apiCall("Bearer guess" + i, "10.0.0.9").getStatus()).isEqualTo(401);
        }

        // the client behind the same address (a city hall's NAT) keeps working; a token never seen waits
        assertThat(apiCall("Bearer " + inUse, "10.0.0.9").getStatus()).isEqualTo(200);
        assertThat(apiCall("Bearer " + unused, "10.0.0.9").getStatus()).isEqualTo(429);
    }

    @Test
    void the_count_is_in_the_database_so_every_node_sees_it() {
        throttle.recordFailure(LoginThrottle.Scope.ACCOUNT, "Nadia@UCLG.example ");

        assertThat(dsl.fetchValue("select failures from login_throttle where scope = 'ACCOUNT' and subject = ?",
                "nadia@uclg.example")).isEqualTo(1);
    }

    private int lockEvents(String entityId) {
        return dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'signin.locked' and entity_id = ?",
                entityId));
    }

    private void guessWrongTenTimes(String account, String address) throws Exception {
        for (int i = 0; i < LoginThrottle.Scope.ACCOUNT.policy().lockAfter(); i++) {
            assertThat(failureOf(login(account, "wrong" + i, address))).isEqualTo("BadCredentialsException");
            clock.advance(Duration.ofSeconds(31));
        }
    }

    private MvcResult login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
    }

    /** The simple name of the failure Spring Security kept for the login page, or null after a success. */
    private static String failureOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.contains("error")) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            return null;
        }
        Object failure = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure == null ? "none" : failure.getClass().getSimpleName();
    }

    private MockHttpServletResponse apiCall(String authorization, String address) throws Exception {
        return mvc.perform(get("/api/v1/documents").header("Authorization", authorization).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse();
    }
}
