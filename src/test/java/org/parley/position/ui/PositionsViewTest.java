package org.parley.position.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.OrganisationService;
import org.parley.security.SystemActor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.position.Position;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class PositionsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    OrganisationService organisations;

    private Organisation section;

    @BeforeEach
    void setUp() {
        data.reset();
        var version = data.openDocument("paper", Visibility.PUBLIC, "# Paper\n\n1. Housing first.\n").latest();
        // a short name with a space, as real ones have: the address carries it encoded
        section = SystemActor.call(() -> organisations.createOrganisation(
                new NewOrganisation(OrganisationKind.REGIONAL_SECTION,
                        "United Cities and Local Governments of Africa", "UCLG Africa", "Africa", null)));
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, section, MembershipRole.FOCAL_POINT);
        data.signIn(focal);
        comments.post(data.paragraphs(version).get(0).id(),
                NewComment.of(CommentKind.SUPPORT, "We support housing first.").onBehalfOf(section.id()));
        data.signOut();
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anyone_reads_an_organisations_positions_with_a_link_to_the_paragraph_and_a_csv() {
        MockUi.open(context);
        MockUi.navigate("positions/" + URLEncoder.encode(section.shortName(),
                StandardCharsets.UTF_8).replace("+", "%20"));

        Grid<Position> grid = _get(Grid.class, spec -> spec.withId("positions"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).text()).isEqualTo("We support housing first.");
        assertThat(_get(Anchor.class, spec -> spec.withId("positions-csv")).getHref()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_organisation_is_typed_ahead_and_listed_by_kind_then_name() {
        Organisation bogota = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.LOCAL_GOVERNMENT, "Alcaldía de Bogotá", "Bogotá", "Latin America", null)));
        Organisation amman = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.LOCAL_GOVERNMENT, "Greater Amman Municipality", "Amman", "Middle East", null)));
        Organisation culture = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.COMMISSION, "Committee on Culture", "Culture", null, null)));
        MockUi.open(context);
        MockUi.navigate("positions");
        ComboBox<Organisation> choice = _get(ComboBox.class, spec -> spec.withId("positions-organisation"));

        assertThat(getSuggestionItems(choice)).containsExactly(section, culture, bogota, amman);
        setUserInput(choice, "bogota");
        assertThat(getSuggestionItems(choice)).as("accents and case do not matter").containsExactly(bogota);
        setUserInput(choice, "amm");
        assertThat(getSuggestionItems(choice)).as("the short name counts too").containsExactly(amman);
    }

    @Test
    void without_an_organisation_the_page_asks_for_one() {
        MockUi.open(context);
        MockUi.navigate("positions");

        assertThat(_get(Paragraph.class, spec -> spec.withId("positions-empty")).getText())
                .isEqualTo("Choose an organisation to see everything it said, across documents and versions.");
    }
}
