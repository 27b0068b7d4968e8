package org.parley.organisation.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class OrganisationsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    OrganisationService organisations;

    @BeforeEach
    void resetData() {
        data.reset();
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void an_admin_gives_an_organisation_its_french_and_spanish_names() {
        Organisation organisation = data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
        data.signIn(data.person(GlobalRole.ADMIN));
        MockUi.open(context);
        MockUi.navigate("admin/organisations");
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("organisations-grid"));
        grid.select(GridKt._get(grid, 0));

        _setValue(field("organisation-name-fr"), "Ville de Tunis");
        _setValue(field("organisation-name-es"), "Ciudad de Túnez");
        _click(_get(Button.class, spec -> spec.withId("save-organisation-names")));

        Organisation saved = organisations.organisation(organisation.id()).orElseThrow();
        assertThat(saved.name(Locale.FRENCH)).isEqualTo("Ville de Tunis");
        assertThat(saved.name(Locale.forLanguageTag("es"))).isEqualTo("Ciudad de Túnez");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Ville de Tunis", "Ciudad de Túnez");
    }

    @Test
    void a_too_long_french_name_is_refused_on_its_own_field() {
        data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
        data.signIn(data.person(GlobalRole.ADMIN));
        MockUi.open(context);
        MockUi.navigate("admin/organisations");
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("organisations-grid"));
        grid.select(GridKt._get(grid, 0));
        TextField french = field("organisation-name-fr");
        french.setMaxLength(400);

        _setValue(french, "x".repeat(301));
        _click(_get(Button.class, spec -> spec.withId("save-organisation-names")));

        assertThat(french.isInvalid()).isTrue();
        assertThat(french.getErrorMessage()).isEqualTo("The French name must have at most 300 characters.");
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
