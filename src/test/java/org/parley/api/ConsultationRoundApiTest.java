package org.parley.api;

import org.springframework.test.web.servlet.ResultActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.parley.api.ApiCalls.as;
import static org.parley.api.ApiCalls.json;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A whole consultation round over HTTP only, as UCLG's secretariat would script it: people and organisations, a
 * document, the round opened for an audience, a member's amendment approved by the focal point and endorsed by
 * another organisation, the next draft edited with If-Match, every comment answered, publishing refused then done,
 * and the comparison and resolution matrix read back. (Only the personal API tokens are made outside HTTP, as a
 * person makes them on screen.)
 */
@ParleyTest
@AutoConfigureMockMvc
class ConsultationRoundApiTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    static final String PAPER = """
            # Migration and cities

            ## 1. Context

            Cities receive most newcomers.

            Regions fund the services.
            """;
    static final String DOC = "/api/v1/documents/migrants";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ObjectMapper mapper;

    String admin;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        admin = ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.ADMIN));
    }

    @Test
    void a_whole_round_runs_over_the_api() throws Exception {
        // organisations and people (admin)
        long africa = read(call(json(as(post("/api/v1/organisations"), admin),
                "{\"kind\":\"regional_section\",\"name\":\"UCLG Africa\",\"shortName\":\"AFRICA\"}"), 201)
        ).get("id").asLong();
        long aspac = read(call(json(as(post("/api/v1/organisations"), admin),
                "{\"kind\":\"REGIONAL_SECTION\",\"name\":\"UCLG Asia-Pacific\",\"shortName\":\"ASPAC\"}"), 201)
        ).get("id").asLong();
        String editor = tokenOf(createPerson("editor", "EDITOR"));
        Person member = createPerson("member", "CONTRIBUTOR");
        Person focal = createPerson("focal", "CONTRIBUTOR");
        Person aspacFocal = createPerson("aspac", "CONTRIBUTOR");
        addMember("AFRICA", member, "MEMBER");
        addMember("AFRICA", focal, "FOCAL_POINT");
        addMember("ASPAC", aspacFocal, "focal_point");
        mvc.perform(as(get("/api/v1/organisations/AFRICA/members"), admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].role").value("FOCAL_POINT"));

        // the document, and its round opened for the two sections (editor)
        MockMultipartFile file = new MockMultipartFile("file", "paper.md", "text/markdown",
                PAPER.getBytes(StandardCharsets.UTF_8));
        mvc.perform(as(multipart("/api/v1/documents").file(file).param("title", "Migrants")
                        .param("slug", "migrants").param("language", "en"), editor))
                .andExpect(status().isCreated());
        String audienceTag = call(as(get(DOC + "/versions/1/audience"), editor), 200).andReturn().getResponse()
                .getHeader("ETag");
        call(json(as(put(DOC + "/versions/1/audience"), editor),
                "[{\"organisationId\":%d},{\"organisationId\":%d}]".formatted(africa, aspac))
                .header("If-Match", audienceTag), 200);
        call(json(as(put(DOC + "/versions/1/round"), editor), "{\"closesAt\":\"2031-04-30T18:00:00Z\"}"), 200)
                .andExpect(jsonPath("$.status").value("OPEN_FOR_COMMENTS"));
        JsonNode v1 = read(call(get(DOC + "/versions/1").header("Authorization", "Bearer " + editor), 200));
        long p1 = v1.at("/paragraphs/0/id").asLong();
        long p2 = v1.at("/paragraphs/1/id").asLong();

        // a member's amendment on behalf of Africa, approved by its focal point, endorsed by Asia-Pacific
        String memberToken = tokenOf(member);
        long amendment = read(call(json(as(post(DOC + "/versions/1/paragraphs/" + p1 + "/comments"), memberToken),
                "{\"kind\":\"amendment\",\"body\":\"Regions too.\",\"proposedText\":\"Cities and regions receive "
                        + "most newcomers.\",\"onBehalfOf\":%d}".formatted(africa)), 201)
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))).get("id").asLong();
        String focalToken = tokenOf(focal);
        call(as(post("/api/v1/comments/" + amendment + "/approve"), focalToken), 200)
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        String aspacToken = tokenOf(aspacFocal);
        call(json(as(post("/api/v1/comments/" + amendment + "/endorsements"), aspacToken),
                "{\"organisationId\":%d}".formatted(aspac)), 201)
                .andExpect(header().string("Location", endsWith("/endorsements/" + aspac)));
        long question = read(call(json(as(post(DOC + "/versions/1/paragraphs/" + p2 + "/comments"), aspacToken),
                "{\"kind\":\"QUESTION\",\"body\":\"Which regions?\",\"onBehalfOf\":%d}".formatted(aspac)), 201)
        ).get("id").asLong();
        call(as(get("/api/v1/comments/" + amendment), memberToken), 200)
                .andExpect(jsonPath("$.endorsements[0].shortName").value("ASPAC"));
        call(as(get("/api/v1/notifications"), memberToken), 200)
                .andExpect(jsonPath("$.items[*].kind", hasItem("DRAFT_APPROVED")));
        call(as(post("/api/v1/notifications/read"), memberToken), 204);
        call(as(get("/api/v1/notifications"), memberToken), 200)
                .andExpect(jsonPath("$.items[0].read").value(true));

        // the round closes; the next draft is a copy, edited with If-Match (editor)
        call(as(delete(DOC + "/versions/1/round"), editor), 200).andExpect(jsonPath("$.status").value("CLOSED"));
        JsonNode draft = read(call(json(as(post(DOC + "/versions"), editor), "{\"copyOf\":1}"), 201)
                .andExpect(header().string("Location", endsWith("/versions/2"))));
        long d1 = draft.at("/paragraphs/0/id").asLong();
        long d2 = draft.at("/paragraphs/1/id").asLong();
        call(json(as(post(DOC + "/versions/2/paragraphs/" + d1 + "/apply-amendment"), editor),
                "{\"commentId\":%d}".formatted(amendment)), 200)
                .andExpect(jsonPath("$.text").value("Cities and regions receive most newcomers."));
        MvcResult read = call(as(get(DOC + "/versions/2/paragraphs/" + d2), editor), 200).andReturn();
        String etag = read.getResponse().getHeader("ETag");
        call(json(as(put(DOC + "/versions/2/paragraphs/" + d2), editor), "{\"text\":\"Regions and cities fund "
                + "the services.\"}").header("If-Match", etag), 200)
                .andExpect(jsonPath("$.change").value("EDITED"));
        call(json(as(put(DOC + "/versions/2/paragraphs/" + d2), editor), "{\"text\":\"A stale edit.\"}")
                .header("If-Match", etag), 412)
                .andExpect(jsonPath("$.currentText").value("Regions and cities fund the services."));

        // publishing waits for every answer
        call(json(as(post(DOC + "/versions/2/publish"), editor), "{\"label\":\"Bogotá draft\"}"), 409)
                .andExpect(jsonPath("$.detail").value(containsString("2")));
        call(json(as(put("/api/v1/comments/" + amendment + "/disposition"), editor),
                "{\"disposition\":\"accepted\",\"paragraphs\":[%d]}".formatted(d1)), 200)
                .andExpect(header().exists("ETag"));
        call(json(as(put("/api/v1/comments/" + question + "/disposition"), editor),
                "{\"disposition\":\"NOTED\",\"reason\":\"Every region of the network.\"}"), 200);
        call(json(as(post(DOC + "/versions/2/publish"), editor), "{\"label\":\"Bogotá draft\"}"), 200)
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.label").value("Bogotá draft"));

        // what changed, and how each comment was answered (anyone signed in)
        call(as(get(DOC + "/compare/1/2"), memberToken), 200)
                .andExpect(jsonPath("$.rows[0].marker").value("edited"));
        call(as(get(DOC + "/versions/1/resolution"), memberToken), 200)
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].disposition").value("ACCEPTED"))
                .andExpect(jsonPath("$.rows[0].resultingParagraphs[0]").value(draft.at("/paragraphs/0/number").asText()));
    }

    private Person createPerson(String name, String role) throws Exception {
        long id = read(call(json(as(post("/api/v1/people"), admin), """
                {"email":"%s@uclg.example","displayName":"%s","role":"%s","password":"%s"}"""
                .formatted(name, name, role, TestData.PASSWORD)), 201)).get("id").asLong();
        return SystemActor.call(() -> organisations.person(id).orElseThrow());
    }

    private void addMember(String organisation, Person person, String role) throws Exception {
        call(json(as(post("/api/v1/organisations/" + organisation + "/members"), admin),
                "{\"personId\":%d,\"role\":\"%s\"}".formatted(person.id(), role)), 201);
    }

    private String tokenOf(Person person) {
        return ApiCalls.tokenOf(data, tokens, person);
    }

    private ResultActions call(MockHttpServletRequestBuilder request,
                                                                    int expectedStatus) throws Exception {
        var actions = mvc.perform(request);
        int actual = actions.andReturn().getResponse().getStatus();
        assertThat(actual).as(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            actions.andExpect(problem(expectedStatus));
        }
        return actions;
    }

    private JsonNode read(ResultActions actions) throws Exception {
        return mapper.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
