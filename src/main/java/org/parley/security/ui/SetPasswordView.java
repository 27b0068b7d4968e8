package org.parley.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.security.AccountService;
import org.parley.security.SignInEmail;

import java.util.Map;

/**
 * Where an invitation or a reset link leads: the person chooses a password (twice), which spends the link, and
 * goes on to sign in with their address already filled in. A used or expired link says so and offers a new one.
 */
@Route(value = "account/password", layout = MainLayout.class)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button save = new Button();
    private String token;

    public SetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("set-password-view");
        setAlignItems(Alignment.CENTER);
        intro.setId("set-password-intro");
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("person.error.password", AccountService.MIN_PASSWORD_LENGTH));
        password.setId("new-password");
        password.setWidth("20em");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setWidth("20em");
        save.setText(getTranslation("account.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        add(title, intro, password, repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        var link = accounts.link(token);
        if (link.isEmpty()) {
            title.setText(getTranslation("account.link.invalid.title"));
            intro.setText(getTranslation("account.link.invalid"));
            password.setVisible(false);
            repeat.setVisible(false);
            save.setVisible(false);
            add(new RouterLink(getTranslation("account.reset.title"), ForgotPasswordView.class));
            return;
        }
        boolean invitation = link.get().purpose() == AccountService.LinkPurpose.INVITATION;
        title.setText(getTranslation(invitation ? "account.invitation.title" : "account.reset.new-title"));
        intro.setText(getTranslation("account.password.for", link.get().email()));
    }

    private void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        repeat.setInvalid(false);
        try {
            String email = accounts.setPassword(token, password.getValue());
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && session.getSession() instanceof WrappedHttpSession http) {
                SignInEmail.remember(http.getHttpSession(), email);
            }
            getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                    new QueryParameters(Map.of("password-set", java.util.List.of("")))));
        } catch (UserFacingException refusal) {
            password.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            password.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("account.password.save") : title.getText();
    }
}
