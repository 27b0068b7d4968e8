package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.client.ApiClient;
import org.parley.client.ApiException;
import org.parley.client.ApiResponse;
import org.parley.client.api.CommentsApi;
import org.parley.client.api.DocumentsApi;
import org.parley.client.api.DraftingApi;
import org.parley.client.api.NotificationsApi;
import org.parley.client.api.OrganisationsApi;
import org.parley.client.api.RevisionsApi;
import org.parley.client.api.VersionsApi;
import org.parley.client.model.Amendment;
import org.parley.client.model.AudienceRule;
import org.parley.client.model.CommentJson;
import org.parley.client.model.DispositionRequest;
import org.parley.client.model.DraftParagraphJson;
import org.parley.client.model.Endorsement;
import org.parley.client.model.NewCommentJson;
import org.parley.client.model.NewMembership;
import org.parley.client.model.NewOrganisationJson;
import org.parley.client.model.NewPersonJson;
import org.parley.client.model.NextDraft;
import org.parley.client.model.Notification;
import org.parley.client.model.Problem;
import org.parley.client.model.Publication;
import org.parley.client.model.ResolutionMatrix;
import org.parley.client.model.ResolutionRow;
import org.parley.client.model.RevisionJson;
import org.parley.client.model.RoundDates;
import org.parley.client.model.ParagraphText;
import org.parley.client.model.VersionContentJson;
import org.parley.client.model.VersionJson;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The proof that the OpenAPI document is usable by partners: a whole round run against the application on a real
 * port with nothing but the Java client generated from {@code api/openapi.json} at build time (openapi-generator,
 * library "native"). Only the personal API tokens are made outside HTTP, as a person makes them on screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GeneratedClientRoundTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    static final String SLUG = "migrants";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    OrganisationService organisations;

    @TempDir
    Path files;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        admin = client(ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.ADMIN)));
    }

    @Test
    void a_whole_round_runs_with_the_client_generated_from_the_openapi_document() throws Exception {
        // organisations and people (admin)
        OrganisationsApi asAdmin = new OrganisationsApi(admin);
        long africa = asAdmin.createOrganisation(new NewOrganisationJson().kind(NewOrganisationJson.KindEnum
                .REGIONAL_SECTION).name("UCLG Africa").shortName("AFRICA")).getId();
        long aspac = asAdmin.createOrganisation(new NewOrganisationJson().kind(NewOrganisationJson.KindEnum
                .REGIONAL_SECTION).name("UCLG Asia-Pacific").shortName("ASPAC")).getId();
        ApiClient editor = client(tokenOf(createPerson("editor", NewPersonJson.RoleEnum.EDITOR)));
        Person member = createPerson("member", NewPersonJson.RoleEnum.CONTRIBUTOR);
        Person focal = createPerson("focal", NewPersonJson.RoleEnum.CONTRIBUTOR);
        Person aspacFocal = createPerson("aspac", NewPersonJson.RoleEnum.CONTRIBUTOR);
        asAdmin.addMember("AFRICA", membership(member, NewMembership.RoleEnum.MEMBER));
        asAdmin.addMember("AFRICA", membership(focal, NewMembership.RoleEnum.FOCAL_POINT));
        asAdmin.addMember("ASPAC", membership(aspacFocal, NewMembership.RoleEnum.FOCAL_POINT));
        assertThat(asAdmin.listMembers("AFRICA", 0, 1).getTotal()).isEqualTo(2);

        // the document, and its round opened for the two sections (editor)
        Path paper = Files.writeString(files.resolve("paper.md"), ConsultationRoundApiTest.PAPER,
                StandardCharsets.UTF_8);
        new DocumentsApi(editor).createDocument("Migrants", SLUG, "en", paper.toFile(), "MEMBERS");
        CommentsApi commentsAsEditor = new CommentsApi(editor);
        ApiResponse<List<AudienceRule>> audience = commentsAsEditor.getAudienceWithHttpInfo(SLUG, 1);
        assertThat(audience.getData()).isEmpty();
        commentsAsEditor.setAudience(SLUG, 1, List.of(new AudienceRule().organisationId(africa),
                new AudienceRule().organisationId(aspac)), etagOf(audience));
        VersionsApi versions = new VersionsApi(editor);
        assertThat(versions.openRound(SLUG, 1, new RoundDates().closesAt(NOW.plusWeeks(6))).getStatus())
                .isEqualTo(VersionJson.StatusEnum.OPEN_FOR_COMMENTS);
        VersionContentJson v1 = new DocumentsApi(editor).getVersion(SLUG, 1);
        long p1 = v1.getParagraphs().get(0).getId();
        long p2 = v1.getParagraphs().get(1).getId();

        // a member's amendment on behalf of Africa, approved by its focal point, endorsed by Asia-Pacific
        ApiClient memberClient = client(tokenOf(member));
        CommentJson amendment = new CommentsApi(memberClient).postComment(SLUG, 1, p1, new NewCommentJson()
                .kind(NewCommentJson.KindEnum.AMENDMENT).body("Regions too.")
                .proposedText("Cities and regions receive most newcomers.").onBehalfOf(africa), null);
        assertThat(amendment.getStatus()).isEqualTo(CommentJson.StatusEnum.PENDING_APPROVAL);
        assertThat(new CommentsApi(client(tokenOf(focal))).approveComment(amendment.getId()).getStatus())
                .isEqualTo(CommentJson.StatusEnum.PUBLISHED);
        CommentsApi asAspac = new CommentsApi(client(tokenOf(aspacFocal)));
        ApiResponse<Void> endorsed = asAspac.endorseCommentWithHttpInfo(amendment.getId(),
                new Endorsement().organisationId(aspac));
        assertThat(endorsed.getStatusCode()).isEqualTo(201);
        assertThat(endorsed.getHeaders().get("Location").get(0)).endsWith("/endorsements/" + aspac);
        long question = asAspac.postComment(SLUG, 1, p2, new NewCommentJson().kind(NewCommentJson.KindEnum.QUESTION)
                .body("Which regions?").onBehalfOf(aspac), null).getId();
        assertThat(new CommentsApi(memberClient).getComment(amendment.getId()).getEndorsements())
                .extracting(o -> o.getShortName()).containsExactly("ASPAC");
        NotificationsApi bell = new NotificationsApi(memberClient);
        assertThat(bell.listNotifications(null, null).getItems()).extracting(Notification::getKind)
                .contains(Notification.KindEnum.DRAFT_APPROVED);
        bell.markNotificationsRead();
        assertThat(bell.listNotifications(null, null).getItems()).allMatch(Notification::getRead);

        // the round closes; the next draft is a copy, edited with If-Match (editor)
        assertThat(versions.closeRound(SLUG, 1).getStatus()).isEqualTo(VersionJson.StatusEnum.CLOSED);
        ApiResponse<RevisionJson> started = versions.startNextDraftWithHttpInfo(SLUG, new NextDraft().copyOf(1), null);
        assertThat(started.getHeaders().get("Location").get(0)).endsWith("/documents/" + SLUG + "/versions/2");
        RevisionJson draft = started.getData();
        long d1 = draft.getParagraphs().get(0).getId();
        long d2 = draft.getParagraphs().get(1).getId();
        DraftingApi drafting = new DraftingApi(editor);
        assertThat(drafting.applyAmendment(SLUG, 2, d1, new Amendment().commentId(amendment.getId()), null)
                .getText()).isEqualTo("Cities and regions receive most newcomers.");
        ApiResponse<DraftParagraphJson> read = drafting.getParagraphWithHttpInfo(SLUG, 2, d2);
        String etag = etagOf(read);
        assertThat(drafting.editParagraph(SLUG, 2, d2, new ParagraphText().text("Regions and cities fund the services."),
                etag).getChange()).isEqualTo("EDITED");
        Problem stale = problemOf(412, () -> drafting.editParagraph(SLUG, 2, d2, new ParagraphText().text("A stale edit."),
                etag));
        assertThat(stale.getCurrentText()).isEqualTo("Regions and cities fund the services.");

        // publishing waits for every answer
        Problem unanswered = problemOf(409, () -> versions.publishVersion(SLUG, 2,
                new Publication().label("Bogotá draft")));
        assertThat(unanswered.getDetail()).contains("2");
        commentsAsEditor.disposeComment(amendment.getId(), new DispositionRequest()
                .disposition(DispositionRequest.DispositionEnum.ACCEPTED).paragraphs(List.of(d1)), null);
        commentsAsEditor.disposeComment(question, new DispositionRequest()
                .disposition(DispositionRequest.DispositionEnum.NOTED).reason("Every region of the network."), null);
        var firstOfTwo = commentsAsEditor.listVersionComments(SLUG, 1, null, null, null, null, null, null, 0, 1);
        assertThat(firstOfTwo.getTotal()).isEqualTo(2);
        assertThat(firstOfTwo.getItems()).extracting(CommentJson::getId).containsExactly(amendment.getId());
        VersionJson published = versions.publishVersion(SLUG, 2, new Publication().label("Bogotá draft"));
        assertThat(published.getStatus()).isEqualTo(VersionJson.StatusEnum.PUBLISHED);
        assertThat(published.getLabel()).isEqualTo("Bogotá draft");

        // what changed, and how each comment was answered (a member)
        RevisionsApi revisions = new RevisionsApi(memberClient);
        assertThat(revisions.compareVersions(SLUG, 1, 2).getRows().get(0).getMarker()).isEqualTo("edited");
        ResolutionMatrix matrix = revisions.getResolutionMatrix(SLUG, 1, "json");
        assertThat(matrix.getRows()).extracting(ResolutionRow::getCommentId)
                .containsExactly(amendment.getId(), question);
        assertThat(matrix.getRows().get(0).getDisposition()).isEqualTo(ResolutionRow.DispositionEnum.ACCEPTED);
        assertThat(matrix.getRows().get(0).getResultingParagraphs())
                .containsExactly(draft.getParagraphs().get(0).getNumber());
    }

    private Person createPerson(String name, NewPersonJson.RoleEnum role) throws ApiException {
        long id = new OrganisationsApi(admin).createPerson(new NewPersonJson().email(name + "@uclg.example")
                .displayName(name).role(role).password(TestData.PASSWORD)).getId();
        return SystemActor.call(() -> organisations.person(id).orElseThrow());
    }

    private static NewMembership membership(Person person, NewMembership.RoleEnum role) {
        return new NewMembership().personId(person.id()).role(role);
    }

    private String tokenOf(Person person) {
        return ApiCalls.tokenOf(data, tokens, person);
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + token);
        client.setRequestInterceptor(bearer);
        return client;
    }

    private static String etagOf(ApiResponse<?> response) {
        List<String> etag = response.getHeaders().get("ETag");
        assertThat(etag).as("ETag").isNotNull().hasSize(1);
        return etag.get(0);
    }

    /** The problem of a call refused with this status, read with the generated model. */
    private Problem problemOf(int status, Call call) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("refused with " + status).isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        return admin.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    @FunctionalInterface
    private interface Call {
        void run() throws ApiException;
    }
}
