package org.parley.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.parley.document.Visibility;
import org.parley.export.ExportService;
import org.parley.feedback.FeedbackService;
import org.parley.feedback.WordEdits;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which screen: every route × every kind of visitor, from the one table below; a route without a row fails
 * {@link #every_route_has_a_row}. VIEW: the route's own view; LOGIN: sent to sign in; HIDDEN: a not-found or
 * access-denied page instead, the same whether the thing exists or not.
 */
@ParleyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixTest {

    enum Visitor { ANONYMOUS, READER, MEMBER, OTHER_FOCAL_POINT, EDITOR, ADMIN }

    enum Outcome { VIEW, LOGIN, HIDDEN }

    private static final Outcome V = Outcome.VIEW;
    private static final Outcome L = Outcome.LOGIN;
    private static final Outcome H = Outcome.HIDDEN;

    private record Row(String template, String path, Outcome... outcomes) {
    }

    private List<Row> table() {
        String doc = "documents/members-paper";
        return List.of(
                new Row("", "", V, V, V, V, V, V),
                new Row("documents/:slug/v/:version", doc + "/v/1", H, V, V, V, V, V),
                new Row("documents/:slug/v/:version", doc + "/v/2", H, H, H, H, V, V),
                new Row("documents/:slug/v/:version", "documents/no-such-paper/v/1", H, H, H, H, H, H),
                new Row("documents/:slug/workbench/:version", doc + "/workbench/2", L, H, H, H, V, V),
                new Row("documents/:slug/compare/:a/:b", doc + "/compare/1/2", H, H, H, H, V, V),
                new Row("documents/:slug/resolution/:version", doc + "/resolution/1", H, V, V, V, V, V),
                new Row("documents/:slug/v/:version/translate/:lang", doc + "/v/1/translate/fr", L, H, H, H, V, V),
                new Row("documents/:slug/statistics", doc + "/statistics", H, V, V, V, V, V),
                // a Word file's proposal for organisation A: its focal points (none here) and the editors review it
                new Row("documents/:slug/v/:version/feedback/:proposal", doc + "/v/1/feedback/" + feedbackProposal,
                        L, H, H, H, V, V),
                new Row("admin/search", "admin/search", L, H, H, H, H, V),
                new Row("search", "search", V, V, V, V, V, V),
                new Row("account/tokens", "account/tokens", L, V, V, V, V, V),
                new Row("login", "login", V, V, V, V, V, V),
                new Row("account/forgot", "account/forgot", V, V, V, V, V, V),
                new Row("account/password", "account/password", V, V, V, V, V, V),
                new Row("admin/people", "admin/people", L, H, H, H, H, V),
                new Row("admin/organisations", "admin/organisations", L, H, H, H, H, V),
                new Row("drafts", "drafts", L, V, V, V, V, V),
                new Row("positions/:organisation?", "positions/" + organisationA, V, V, V, V, V, V));
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    RevisionService revisions;

    private final Map<Visitor, Person> people = new EnumMap<>(Visitor.class);
    private String organisationA;
    private long feedbackProposal;
    @Autowired
    ExportService exports;
    @Autowired
    FeedbackService feedback;

    @BeforeAll
    void fixture() {
        data.reset();
        data.openDocument("members-paper", Visibility.MEMBERS,
                "# Paper\n\n1. Housing first for every newcomer.\n\n2. Health care for all residents.\n");
        SystemActor.run(() -> revisions.startNextDraft("members-paper"));
        Organisation a = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Organisation b = data.organisation(OrganisationKind.COMMISSION);
        organisationA = a.shortName();
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, a, MembershipRole.MEMBER);
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, b, MembershipRole.FOCAL_POINT);
        people.put(Visitor.READER, data.person(GlobalRole.READER));
        people.put(Visitor.MEMBER, member);
        people.put(Visitor.OTHER_FOCAL_POINT, focal);
        people.put(Visitor.EDITOR, data.person(GlobalRole.EDITOR));
        people.put(Visitor.ADMIN, data.person(GlobalRole.ADMIN));
        feedbackProposal = wordFeedbackProposal();
    }

    private long wordFeedbackProposal() {
        byte[] export = SystemActor.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.version("members-paper", 1, "docx", null, Locale.ENGLISH).body().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
        byte[] edited = WordEdits.of(export).replace("every newcomer", "every newcomer and returnee", "A. Reviewer")
                .toDocx();
        data.signIn(people.get(Visitor.EDITOR));
        try {
            return feedback.propose("members-paper", 1, organisationA, "feedback.docx", edited).id();
        } finally {
            data.signOut();
        }
    }

    @AfterEach
    void close() {
        MockUi.close();
        data.signOut();
    }

    @TestFactory
    Stream<DynamicTest> every_visitor_gets_the_outcome_its_row_says() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            assertThat(row.outcomes()).as(row.path()).hasSize(Visitor.values().length);
            for (Visitor visitor : Visitor.values()) {
                tests.add(DynamicTest.dynamicTest("/" + row.path() + " as " + visitor, () -> {
                    try {
                        assertThat(outcomeOf(row, visitor)).isEqualTo(row.outcomes()[visitor.ordinal()]);
                    } finally {
                        close();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void every_route_has_a_row() {
        MockUi.open(context);
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = table().stream().map(Row::template).collect(Collectors.toCollection(TreeSet::new));

        assertThat(rows).isEqualTo(routes);
    }

    private Outcome outcomeOf(Row row, Visitor visitor) {
        Person person = people.get(visitor);
        if (person != null) {
            data.signIn(person);
        }
        MockUi.open(context);
        MockUi.navigate(row.path());
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Component shown = (Component) chain.get(0);
        if (shown instanceof LoginView && !row.template().equals("login")) {
            return Outcome.LOGIN;
        }
        Class<?> expectedView = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getTemplate().equals(row.template())).findFirst()
                .map(RouteData::getNavigationTarget).orElseThrow();
        return expectedView.isInstance(shown) ? Outcome.VIEW : Outcome.HIDDEN;
    }
}
