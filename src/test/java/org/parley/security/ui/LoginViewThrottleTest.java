package org.parley.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.LoginThrottle;
import org.parley.security.LoginThrottledException;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.WebAttributes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login page explains a throttled sign-in in the reader's language, as Spring Security left it in the session. */
@ParleyTest
class LoginViewThrottleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2031, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        MockUi.open(context);
    }

    @AfterEach
    void close() {
        MockUi.close();
    }

    private String errorTextAfter(LoginThrottle.Refusal refusal, Locale locale) {
        UI.getCurrent().setLocale(locale);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(refusal));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void a_lock_names_its_end_in_french() {
        String text = errorTextAfter(new LoginThrottle.Refusal(NOW.plusMinutes(15).toInstant(), true), Locale.FRENCH);

        assertThat(text).contains("Trop de connexions échouées", "La connexion est bloquée jusqu", "10:15 UTC");
    }

    @Test
    void a_delay_names_the_seconds_to_wait_in_spanish() {
        String text = errorTextAfter(new LoginThrottle.Refusal(NOW.plusSeconds(8).toInstant(), false),
                Locale.forLanguageTag("es"));

        assertThat(text).contains("Espere 8 segundos antes de volver a intentarlo.");
    }
}
