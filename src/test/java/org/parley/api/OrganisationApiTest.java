package org.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.api.ApiCalls.as;
import static org.parley.api.ApiCalls.json;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Organisation names in three languages and invitations over the API (responses checked against the document). */
@ParleyTest
@AutoConfigureMockMvc
class OrganisationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    DSLContext dsl;

    private String admin;
    private Organisation tunis;

    @BeforeEach
    void setUp() {
        data.reset();
        admin = ApiCalls.tokenOf(data, tokens, data.person(GlobalRole.ADMIN));
        tunis = data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
    }

    @Test
    void an_admin_names_an_organisation_in_french_and_spanish_against_its_etag() throws Exception {
        MvcResult read = call(get("/api/v1/organisations/" + tunis.shortName()), 200);
        String etag = read.getResponse().getHeader("ETag");
        String names = "{\"name\": \"City of Tunis\", \"nameFr\": \"Ville de Tunis\", \"nameEs\": \"Ciudad de Túnez\"}";
        String path = "/api/v1/organisations/" + tunis.shortName() + "/names";

        call(json(as(put(path), admin), names), 428);
        MvcResult renamed = call(json(as(put(path), admin), names).header("If-Match", etag), 200);
        JsonNode body = read(renamed);
        assertThat(body.get("nameFr").asText()).isEqualTo("Ville de Tunis");
        assertThat(body.get("nameEs").asText()).isEqualTo("Ciudad de Túnez");
        assertThat(renamed.getResponse().getHeader("ETag")).isNotEqualTo(etag);

        MvcResult stale = call(json(as(put(path), admin), "{\"name\": \"Tunis\"}").header("If-Match", etag), 412);
        assertThat(read(stale).at("/current/nameFr").asText()).isEqualTo("Ville de Tunis");
    }

    @Test
    void a_person_created_without_a_password_is_invited_into_an_organisation() throws Exception {
        MvcResult created = call(json(as(post("/api/v1/people"), admin), """
                {"email": "leila@tunis.example", "displayName": "Leila", "role": "CONTRIBUTOR",
                 "organisation": "%s", "membershipRole": "FOCAL_POINT"}""".formatted(tunis.shortName())), 201);

        long id = read(created).get("id").asLong();
        assertThat(SystemActor.call(() -> organisations.membershipsOf(id))).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(MembershipRole.FOCAL_POINT));
        assertThat(dsl.fetchCount(dsl.selectFrom("account_token").where("purpose = 'INVITATION'"))).isEqualTo(1);
        assertThat(dsl.fetchValue("select password_hash from person where id = ?", id)).isNull();
    }

    private MvcResult call(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            problem(expectedStatus).match(result);
        }
        return result;
    }

    private JsonNode read(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
