package org.parley.statistics.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class StatisticsViewTest {

    private static final String TRICKY = "Cities <b>&</b> \"Regions\"";
    private static final String ARABIC = "المدن المتحدة والحكومات المحلية";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    OrganisationService organisations;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion version = data.openDocument("paper", Visibility.PUBLIC,
                "## 1. Housing\n\nHousing first.\n").latest();
        long paragraph = data.paragraphs(version).get(0).id();
        for (String name : List.of(TRICKY, ARABIC)) {
            Organisation organisation = SystemActor.call(() -> organisations.createOrganisation(
                    new NewOrganisation(OrganisationKind.PARTNER, name, "O" + name.length(), null, null)));
            Person focal = data.person(GlobalRole.CONTRIBUTOR);
            data.membership(focal, organisation, MembershipRole.FOCAL_POINT);
            data.signIn(focal);
            comments.post(paragraph, NewComment.of(CommentKind.SUPPORT, "Yes.").onBehalfOf(organisation.id()));
        }
        data.signOut();
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
    }

    @Test
    void anyone_sees_charts_tables_and_csv_links_with_names_as_text() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/statistics");

        assertThat(_get(H1.class).getText()).isEqualTo("Participation in \"Document paper\"");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statistics-summary")).getText())
                .isEqualTo("Comments and replies: 2; people: 2; organisations: 2");
        Div byOrganisation = _get(Div.class, spec -> spec.withId("statistics-organisation"));
        String svg = _get(byOrganisation, Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("Cities &lt;b&gt;&amp;&lt;/b&gt; &quot;Regions&quot;")
                .doesNotContain("<b>").contains(ARABIC);
        assertThat(rowHeaders(byOrganisation.getElement())).containsExactlyInAnyOrder(TRICKY, ARABIC);
        for (String table : List.of("organisation", "organisation-kind", "section", "round", "outcome")) {
            assertThat(_get(Anchor.class, spec -> spec.withId("statistics-csv-" + table)).getHref()).isNotBlank();
        }
        assertThat(rowHeaders(_get(Div.class, spec -> spec.withId("statistics-organisation-kind")).getElement()))
                .containsExactly("Partner");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_round_in_the_address_is_selected() {
        MockUi.open(context);
        UI.getCurrent().navigate("documents/paper/statistics",
                QueryParameters.of("round", "1"));

        assertThat(_get(Select.class, spec -> spec.withId("statistics-round")).getValue()).isEqualTo(1);
        assertThat(rowHeaders(_get(Div.class, spec -> spec.withId("statistics-round")).getElement()))
                .containsExactly("Version 1 (Draft)");
    }

    @Test
    void a_document_nobody_commented_says_so() {
        data.openDocument("quiet", Visibility.PUBLIC, "Text.\n");
        MockUi.open(context);
        MockUi.navigate("documents/quiet/statistics");

        assertThat(_get(Paragraph.class, spec -> spec.withId("statistics-none")).getText())
                .isEqualTo("Nobody has commented yet.");
    }

    @Test
    void the_reading_view_links_to_the_statistics() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");

        assertThat(LocatorJ._find(Anchor.class)).extracting(Anchor::getHref)
                .contains("documents/paper/statistics");
    }

    private static List<String> rowHeaders(Element root) {
        List<String> found = new ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            if (child.getTag().equals("th") && "row".equals(child.getAttribute("scope"))) {
                found.add(child.getText());
            }
            found.addAll(rowHeaders(child));
        });
        return found;
    }
}
