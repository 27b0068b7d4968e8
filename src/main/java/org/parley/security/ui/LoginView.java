package org.parley.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import org.parley.base.ui.MainLayout;
import com.vaadin.flow.server.WrappedHttpSession;
import org.parley.security.LoginThrottledException;
import org.parley.security.SignInEmail;
import org.springframework.security.web.WebAttributes;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

    private final LoginForm form = new LoginForm();
    private final Paragraph passwordSet = new Paragraph();
    private final Clock clock;

    public LoginView(Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n());
        passwordSet.setId("password-set-note");
        passwordSet.setVisible(false);
        add(new H1(getTranslation("login.title")), passwordSet, form,
                new Paragraph(getTranslation("login.anonymous-hint")));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("");
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailure() instanceof LoginThrottledException throttled) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(throttled.refusal().locked()
                    ? getTranslation("login.throttled.locked", LOCK_TIME.format(throttled.until().atOffset(ZoneOffset.UTC)))
                    : getTranslation("login.throttled.wait", throttled.refusal().secondsFrom(clock.instant())));
            form.setI18n(i18n);
        }
        form.setError(failed);
        boolean afterNewPassword = event.getLocation().getQueryParameters().getParameters()
                .containsKey("password-set");
        passwordSet.setText(getTranslation("login.password-set"));
        passwordSet.setVisible(afterNewPassword);
        if (failed || afterNewPassword) {
            showEmail(lastEmail());
        }
    }

    /** Puts back the address typed before (the form's fields live in the page, not on the server). */
    private void showEmail(String email) {
        if (email.isEmpty()) {
            return;
        }
        form.getElement().executeJs("""
                const fill = (tries) => {
                  const input = this.querySelector("input[name='username']");
                  const field = input && input.closest('vaadin-text-field');
                  if (field) { field.value = $0; } else if (tries > 0) { requestAnimationFrame(() => fill(tries - 1)); }
                };
                fill(60);""", email);
    }

    private static String lastEmail() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() instanceof WrappedHttpSession http
                ? SignInEmail.of(http.getHttpSession()) : "";
    }

    /** Spring Security keeps the last sign-in failure in the session when it redirects to ?error. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
