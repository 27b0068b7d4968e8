package org.parley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.security.AccountService;

/**
 * "Forgot password?": asks for a reset link. The answer is the same whether or not the address has an account, so
 * the page tells nobody which addresses do.
 */
@Route(value = "account/forgot", layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();

    public ForgotPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("forgot-password-view");
        setAlignItems(Alignment.CENTER);
        email.setLabel(getTranslation("login.username"));
        email.setId("reset-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(320);
        email.setWidth("20em");
        Button send = new Button(getTranslation("account.reset.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reset-link");
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        sent.setId("reset-sent");
        sent.setVisible(false);
        sent.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("account.reset.title")), new Paragraph(getTranslation("account.reset.intro")),
                email, send, sent, new RouterLink(getTranslation("account.back-to-sign-in"), LoginView.class));
    }

    private void send() {
        if (email.getValue().isBlank() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("person.error.email"));
            email.setInvalid(true);
            return;
        }
        try {
            accounts.requestPasswordReset(email.getValue(), clientAddress());
            email.setInvalid(false);
            sent.setText(getTranslation("account.reset.sent", email.getValue().strip(),
                    AccountService.RESET_VALIDITY.toMinutes()));
            sent.setVisible(true);
        } catch (UserFacingException refusal) {
            email.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            email.setInvalid(true);
        }
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.title");
    }
}
