package org.parley.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentVersion;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.drafting.RevisionService;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call what: every REST endpoint × every kind of caller, from the one table below. A mapped endpoint
 * without a row fails {@link #every_mapped_endpoint_has_a_row}, so a new call cannot be added without deciding who
 * may make it. The document is members-only with a draft version 2, so the table also shows that anonymous callers
 * cannot tell it exists (404, as for an unknown slug) and that drafts stay with the editors. 400 is a business
 * refusal after the access check passed (a reader may not comment; an empty file is not a document).
 */
@ParleyTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Caller { ANONYMOUS, READER, MEMBER, OTHER_FOCAL_POINT, EDITOR, ADMIN }

    private static final String DOC = "/api/v1/documents/members-paper";
    private static final String V1 = DOC + "/versions/1";
    private static final String V2 = DOC + "/versions/2";
    private static final String MISSING_PARAGRAPH = "/paragraphs/999999";
    private static final String MISSING_COMMENT = "/api/v1/comments/999999";

    /** One row: the call, then the status each caller gets, in {@link Caller} order. */
    private record Row(HttpMethod method, String pattern, String path, String accept, String body,
                       int... statuses) {
    }

    private static Row get(String pattern, String path, int... statuses) {
        return new Row(HttpMethod.GET, pattern, path, null, null, statuses);
    }

    private static Row call(HttpMethod method, String pattern, String path, String body, int... statuses) {
        return new Row(method, pattern, path, null, body, statuses);
    }

    private static final String UPLOAD = "multipart";

    private List<Row> table() {
        String p1 = "/paragraphs/" + paragraphId;
        String d1 = "/paragraphs/" + draftParagraphId;
        String comment = "{\"kind\": \"COMMENT\", \"body\": \"Matrix comment\"}";
        return List.of(
                get("/api/v1/documents", "/api/v1/documents", 200, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}", DOC, 404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}", V1, 404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}", DOC + "/versions/2", 404, 404, 404, 404, 200, 200),
                call(HttpMethod.POST, "/api/v1/documents", "/api/v1/documents", UPLOAD,
                        401, 403, 403, 403, 400, 400),
                get("/api/v1/documents/{slug}/versions/{number}/comments", V1 + "/comments",
                        404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/comments",
                        V1 + p1 + "/comments", 404, 200, 200, 200, 200, 200),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/comments",
                        V1 + p1 + "/comments", comment, 401, 400, 201, 201, 201, 201),
                get("/api/v1/documents/{slug}/versions/{number}/audience", V1 + "/audience",
                        404, 200, 200, 200, 200, 200),
                // like a draft paragraph's text, the audience is written only against the ETag read (If-Match):
                // editors without one get 428
                call(HttpMethod.PUT, "/api/v1/documents/{slug}/versions/{number}/audience", V1 + "/audience", "[]",
                        401, 403, 403, 403, 428, 428),
                get("/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/earlier-comments",
                        V1 + p1 + "/earlier-comments", 404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}/removed-text-comments",
                        V1 + "/removed-text-comments", 404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/compare/{a}/{b}", DOC + "/compare/1/2", 404, 404, 404, 404, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}/resolution", V1 + "/resolution",
                        404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}/export", V1 + "/export?format=md",
                        404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/redline/{a}/{b}", DOC + "/redline/1/2", 404, 404, 404, 404, 200, 200),
                // a second draft is refused as a conflict, after the access check
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions", DOC + "/versions", UPLOAD,
                        401, 403, 403, 403, 409, 409),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/imports/{importId}/accept",
                        DOC + "/versions/imports/999999/accept", "[]", 401, 403, 403, 403, 404, 404),
                // a reader or a mere member may not import Word feedback; a focal point must name the organisation
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/feedback", V1 + "/feedback", UPLOAD,
                        401, 403, 403, 422, 422, 422),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/feedback/{proposalId}/accept",
                        V1 + "/feedback/999999/accept", "{}", 401, 403, 403, 404, 404, 404),
                get("/api/v1/documents/{slug}/statistics", DOC + "/statistics", 404, 200, 200, 200, 200, 200),
                get("/api/v1/documents/{slug}/versions/{number}/translations", V1 + "/translations",
                        404, 200, 200, 200, 200, 200),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/translations/{language}",
                        V1 + "/translations/fr", UPLOAD, 401, 403, 403, 403, 400, 400),
                // the editor writes the first translation (no If-Match needed); the admin's, sent without the
                // If-Match of the translation that now exists, is refused (428), after the access check
                call(HttpMethod.PUT,
                        "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraph}/translations/{language}",
                        V1 + "/paragraphs/1/translations/fr", "{\"text\": \"Le logement d''abord.\"}",
                        401, 403, 403, 403, 200, 428),
                get("/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraph}/translations/{language}",
                        V1 + "/paragraphs/1/translations/fr", 404, 200, 200, 200, 200, 200),
                get("/api/v1/search", "/api/v1/search?q=housing", 200, 200, 200, 200, 200, 200),
                get("/api/v1/search/suggestions", "/api/v1/search/suggestions?q=hou", 200, 200, 200, 200, 200, 200),
                new Row(HttpMethod.GET, "/api/v1/organisations/{shortName}/positions",
                        "/api/v1/organisations/" + organisationA + "/positions", "application/json", null,
                        200, 200, 200, 200, 200, 200),
                new Row(HttpMethod.GET, "/api/v1/organisations/{shortName}/positions",
                        "/api/v1/organisations/" + organisationA + "/positions", "text/csv", null,
                        200, 200, 200, 200, 200, 200),
                get("/api/v1/openapi", "/api/v1/openapi", 200, 200, 200, 200, 200, 200),
                get("/api/v1/openapi.yaml", "/api/v1/openapi.yaml", 200, 200, 200, 200, 200, 200),
                get("/api/v1/openapi/swagger-config", "/api/v1/openapi/swagger-config", 200, 200, 200, 200, 200, 200),
                get("/api/v1/docs", "/api/v1/docs", 302, 302, 302, 302, 302, 302),
                // the draft (version 2) and its paragraphs are the editors'; others cannot tell they exist
                get("/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}", V2 + d1,
                        404, 404, 404, 404, 200, 200),
                call(HttpMethod.PUT, "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}", V2 + d1,
                        "{\"text\": \"Housing first.\"}", 401, 403, 403, 403, 428, 428),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/split",
                        V2 + MISSING_PARAGRAPH + "/split", "{\"at\": 3}", 401, 403, 403, 403, 404, 404),
                call(HttpMethod.POST,
                        "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/merge-next",
                        V2 + MISSING_PARAGRAPH + "/merge-next", null, 401, 403, 403, 403, 404, 404),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/move",
                        V2 + MISSING_PARAGRAPH + "/move", "{\"after\": 1}", 401, 403, 403, 403, 404, 404),
                call(HttpMethod.POST,
                        "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}/apply-amendment",
                        V2 + MISSING_PARAGRAPH + "/apply-amendment", "{\"commentId\": 999999}", 401, 403, 403, 403, 404, 404),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/paragraphs",
                        V2 + "/paragraphs", "{\"after\": 999999, \"text\": \"New.\"}", 401, 403, 403, 403, 404, 404),
                call(HttpMethod.DELETE, "/api/v1/documents/{slug}/versions/{number}/paragraphs/{paragraphId}",
                        V2 + MISSING_PARAGRAPH, null, 401, 403, 403, 403, 404, 404),
                call(HttpMethod.PUT, "/api/v1/documents/{slug}/versions/{number}/round", DOC + "/versions/9/round",
                        "{\"closesAt\": \"2031-04-30T18:00:00Z\"}", 401, 403, 403, 403, 404, 404),
                call(HttpMethod.DELETE, "/api/v1/documents/{slug}/versions/{number}/round", DOC + "/versions/9/round",
                        null, 401, 403, 403, 403, 404, 404),
                call(HttpMethod.POST, "/api/v1/documents/{slug}/versions/{number}/publish",
                        DOC + "/versions/9/publish", "{\"label\": \"Bogota\"}", 401, 403, 403, 403, 404, 404),
                get("/api/v1/comments/{commentId}", MISSING_COMMENT, 404, 404, 404, 404, 404, 404),
                call(HttpMethod.PATCH, "/api/v1/comments/{commentId}", MISSING_COMMENT, "{\"body\": \"Edited.\"}", 401, 428, 428, 428, 428, 428),
                call(HttpMethod.DELETE, "/api/v1/comments/{commentId}", MISSING_COMMENT, null, 401, 404, 404, 404, 404, 404),
                call(HttpMethod.POST, "/api/v1/comments/{commentId}/approve", MISSING_COMMENT + "/approve", null, 401, 404, 404, 404, 404, 404),
                call(HttpMethod.POST, "/api/v1/comments/{commentId}/return", MISSING_COMMENT + "/return",
                        "{\"note\": \"Please shorten.\"}", 401, 404, 404, 404, 404, 404),
                call(HttpMethod.POST, "/api/v1/comments/{commentId}/endorsements", MISSING_COMMENT + "/endorsements",
                        "{\"organisationId\": 1}", 401, 404, 404, 404, 404, 404),
                call(HttpMethod.DELETE, "/api/v1/comments/{commentId}/endorsements/{organisationId}",
                        MISSING_COMMENT + "/endorsements/1", null, 401, 404, 404, 404, 404, 404),
                call(HttpMethod.POST, "/api/v1/comments/{commentId}/flags", MISSING_COMMENT + "/flags",
                        "{\"reason\": \"Off topic\"}", 401, 404, 404, 404, 404, 404),
                call(HttpMethod.POST, "/api/v1/comments/{commentId}/hide", MISSING_COMMENT + "/hide",
                        "{\"reason\": \"Off topic\"}", 401, 403, 403, 403, 404, 404),
                call(HttpMethod.PUT, "/api/v1/comments/{commentId}/disposition", MISSING_COMMENT + "/disposition",
                        "{\"disposition\": \"NOTED\"}", 401, 403, 403, 403, 400, 400),
                get("/api/v1/organisations", "/api/v1/organisations", 200, 200, 200, 200, 200, 200),
                get("/api/v1/organisations/{shortName}", "/api/v1/organisations/" + organisationA, 200, 200, 200, 200, 200, 200),
                get("/api/v1/organisations/{shortName}/members", "/api/v1/organisations/" + organisationA + "/members", 401, 403, 403, 403, 403, 200),
                call(HttpMethod.POST, "/api/v1/organisations", "/api/v1/organisations",
                        "{\"name\": \"Matrix commission\", \"shortName\": \"MATRIX\", \"kind\": \"COMMISSION\"}", 401, 403, 403, 403, 403, 201),
                call(HttpMethod.PUT, "/api/v1/organisations/{shortName}/names",
                        "/api/v1/organisations/" + organisationA + "/names",
                        "{\"name\": \"Renamed\"}", 401, 403, 403, 403, 403, 428),
                call(HttpMethod.POST, "/api/v1/organisations/{shortName}/members",
                        "/api/v1/organisations/" + organisationA + "/members",
                        "{\"personId\": " + memberId + ", \"role\": \"MEMBER\"}", 401, 403, 403, 403, 403, 201),
                call(HttpMethod.POST, "/api/v1/people", "/api/v1/people", "{\"email\": \"matrix@test.example\", "
                        + "\"displayName\": \"Matrix\", \"preferredLanguage\": \"en\", \"role\": \"READER\", "
                        + "\"password\": \"a-long-matrix-password\"}", 401, 403, 403, 403, 403, 201),
                get("/api/v1/notifications", "/api/v1/notifications", 401, 200, 200, 200, 200, 200),
                call(HttpMethod.POST, "/api/v1/notifications/read", "/api/v1/notifications/read", null, 401, 204, 204, 204, 204, 204));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    RevisionService revisions;
    @Autowired
    SearchService search;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private long paragraphId;
    private long draftParagraphId;
    private String organisationA;
    private long memberId;

    @BeforeAll
    void fixture() throws InterruptedException {
        data.reset();
        data.signIn(data.person(GlobalRole.ADMIN));
        search.reindex();
        data.signOut();
        DocumentVersion v1 = data.openDocument("members-paper", Visibility.MEMBERS,
                "# Paper\n\n1. Housing first for every newcomer.\n\n2. Health care for all residents.\n").latest();
        paragraphId = data.paragraphs(v1).get(0).id();
        draftParagraphId = SystemActor.call(() -> revisions.startNextDraft("members-paper")).paragraphs().get(0).id();
        Organisation a = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Organisation b = data.organisation(OrganisationKind.COMMISSION);
        organisationA = a.shortName();
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        memberId = member.id();
        data.membership(member, a, MembershipRole.MEMBER);
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, b, MembershipRole.FOCAL_POINT);
        tokens.put(Caller.READER, tokenOf(data.person(GlobalRole.READER)));
        tokens.put(Caller.MEMBER, tokenOf(member));
        tokens.put(Caller.OTHER_FOCAL_POINT, tokenOf(focal));
        tokens.put(Caller.EDITOR, tokenOf(data.person(GlobalRole.EDITOR)));
        tokens.put(Caller.ADMIN, tokenOf(data.person(GlobalRole.ADMIN)));
        awaitSearchIndex();
    }

    /** The index is rebuilt after the reset; until then a search is answered "being built". */
    private void awaitSearchIndex() throws InterruptedException {
        data.signIn(data.person(GlobalRole.EDITOR));
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    if (search.search(SearchRequest.of("housing")).total() > 0) {
                        return;
                    }
                } catch (UserFacingException building) {
                    // not ready yet
                }
                Thread.sleep(50);
            }
        } finally {
            data.signOut();
        }
    }

    private String tokenOf(Person person) {
        data.signIn(person);
        try {
            return apiTokens.createForCurrentUser("matrix");
        } finally {
            data.signOut();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_caller_gets_the_status_its_row_says() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            assertThat(row.statuses()).as(row.path()).hasSize(Caller.values().length);
            for (Caller caller : Caller.values()) {
                int expected = row.statuses()[caller.ordinal()];
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + caller, () -> {
                    var response = mvc.perform(requestFor(row, caller)).andReturn().getResponse();
                    assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8))
                            .isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void every_mapped_endpoint_has_a_row() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                        info.getMethodsCondition().getMethods();
                (methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods)
                        .forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        Set<String> rows = new TreeSet<>();
        table().forEach(row -> rows.add(row.method() + " " + row.pattern()));

        assertThat(rows).as("rows for every mapped API endpoint").containsAll(mapped);
        assertThat(mapped).as("every row names a mapped endpoint").containsAll(rows);
    }

    private MockHttpServletRequestBuilder requestFor(Row row, Caller caller) {
        MockHttpServletRequestBuilder request;
        if (UPLOAD.equals(row.body())) {
            request = multipart(row.method(), row.path())
                    .file(new MockMultipartFile("file", "empty.md", "text/markdown", new byte[0]))
                    .param("title", "Matrix").param("slug", "matrix-" + caller.name().toLowerCase().replace('_', '-'))
                    .param("language", "en");
        } else {
            request = request(row.method(), row.path());
            if (row.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(row.body().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (row.accept() != null) {
            request.accept(row.accept());
        }
        String token = tokens.get(caller);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
