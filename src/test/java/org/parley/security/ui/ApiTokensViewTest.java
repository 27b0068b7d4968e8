package org.parley.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.ApiToken;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ParleyTest
class ApiTokensViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;

    private ParleyUser user;

    @BeforeEach
    void resetData() {
        data.reset();
    }

    private void openSignedIn() {
        user = data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        MockUi.open(context);
        MockUi.navigate("account/tokens");
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void created_token_secret_is_shown_once_and_listed() {
        openSignedIn();
        _assertNone(Div.class, spec -> spec.withId("token-secret"));
        _setValue(tokenName(), "CI export");

        _click(_get(Button.class, spec -> spec.withId("create-token")));

        Div secret = _get(Div.class, spec -> spec.withId("token-secret"));
        String shown = _get(secret, Div.class, spec -> spec.withClasses("token-value")).getText();
        assertThat(shown).startsWith("pat_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(shown)).hasValueSatisfying(u -> assertThat(u.personId()).isEqualTo(user.personId()));
        assertThat(tokenName().getValue()).isEmpty();

        Grid<ApiToken> grid = tokenGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("CI export").contains("Active");
        assertThat(GridKt._getFormattedRow(grid, 0)).noneMatch(cell -> cell.contains(shown));
    }

    @Test
    void the_secret_is_not_shown_again_after_reopening_the_page() {
        openSignedIn();
        _setValue(tokenName(), "CI export");
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        MockUi.navigate("");
        MockUi.navigate("account/tokens");

        _assertNone(Div.class, spec -> spec.withId("token-secret"));
        assertThat(GridKt._size(tokenGrid())).isEqualTo(1);
    }

    @Test
    void empty_name_is_refused_on_the_field() {
        openSignedIn();
        _setValue(tokenName(), "   ");

        _click(_get(Button.class, spec -> spec.withId("create-token")));

        TextField name = tokenName();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the token a name of at most 100 characters.");
        _assertNone(Div.class, spec -> spec.withId("token-secret"));
        assertThat(GridKt._size(tokenGrid())).isZero();
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login() {
        MockUi.open(context);
        MockUi.navigate("account/tokens");

        _get(LoginView.class);
        _assertNone(TextField.class, spec -> spec.withId("token-name"));
    }

    private static TextField tokenName() {
        return _get(TextField.class, spec -> spec.withId("token-name"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> tokenGrid() {
        return _get(Grid.class);
    }
}
