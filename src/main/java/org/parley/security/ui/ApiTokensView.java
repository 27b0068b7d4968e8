package org.parley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parley.base.UserFacingException;
import org.parley.base.ui.MainLayout;
import org.parley.security.ApiToken;
import org.parley.security.ApiTokenService;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The signed-in person's API tokens: create one (its secret is shown once), see when each was used, revoke. */
@Route(value = "account/tokens", layout = MainLayout.class)
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Div secret = new Div();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        name.setLabel(getTranslation("tokens.field.name"));
        name.setMaxLength(100);
        name.setId("token-name");
        Button create = new Button(getTranslation("tokens.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        secret.setId("token-secret");
        secret.setVisible(false);
        configureGrid();
        add(new H1(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), form, secret, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.column.name"));
        grid.addColumn(t -> date(t.createdAt())).setHeader(getTranslation("tokens.column.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never") : date(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.column.last-used"));
        grid.addColumn(t -> getTranslation(t.revokedAt() == null ? "tokens.status.active" : "tokens.status.revoked"))
                .setHeader(getTranslation("tokens.column.status"));
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("tokens.revoke"), click -> {
                tokens.revoke(t.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        });
        grid.setAllRowsVisible(true);
    }

    private void create() {
        try {
            String created = tokens.createForCurrentUser(name.getValue());
            name.clear();
            name.setInvalid(false);
            secret.removeAll();
            Div value = new Div(created);
            value.addClassName("token-value");
            secret.add(new Paragraph(getTranslation("tokens.created")), value);
            secret.setVisible(true);
            refresh();
        } catch (UserFacingException refusal) {
            name.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(tokens.tokensOfCurrentUser());
    }

    private String date(OffsetDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
