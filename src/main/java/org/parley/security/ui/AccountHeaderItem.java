package org.parley.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.parley.base.ui.HeaderItem;
import org.parley.security.CurrentUser;
import org.parley.security.ParleyUser;
import org.springframework.core.annotation.Order;

/** The end of the header: a sign-in link, or the signed-in person's name, API tokens and sign-out. */
@org.springframework.stereotype.Component
@Order(50)
class AccountHeaderItem implements HeaderItem {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    AccountHeaderItem(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        if (currentUser.get().isEmpty()) {
            Anchor login = new Anchor("login", "");
            login.setText(login.getTranslation("nav.login"));
            login.addClassName("nav-link");
            login.setId("login-link");
            return login;
        }
        ParleyUser user = currentUser.get().get();
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        RouterLink tokens = new RouterLink(ApiTokensView.class);
        tokens.setText(tokens.getTranslation("nav.api-tokens"));
        tokens.addClassName("nav-link");
        Button logout = new Button(name.getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout-button");
        HorizontalLayout area = new HorizontalLayout(name, tokens, logout);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("account-area");
        return area;
    }
}
